package org.igfreport.text;

import java.util.ArrayList;
import java.util.List;

/** TEMPORARY STUB until the real segmenter lands. */
public final class SentenceSegmenter {
    private static final SentenceSegmenter INSTANCE = new SentenceSegmenter();
    public static SentenceSegmenter english() { return INSTANCE; }
    public List<Sentence> split(CharSequence text) {
        List<Sentence> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (start < 0 && !Character.isWhitespace(c)) start = i;
            if (start >= 0 && (c == '?' || c == '!' || (c == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')))) {
                out.add(new Sentence(start, i + 1)); start = -1;
            }
        }
        if (start >= 0) { int e = text.length(); while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--; out.add(new Sentence(start, e)); }
        return out;
    }
    public int count(CharSequence text) { return split(text).size(); }
}
