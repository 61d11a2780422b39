package org.igfreport.text;

import java.util.ArrayList;
import java.util.List;
import org.igfreport.document.Block;
import org.igfreport.document.Break;
import org.igfreport.document.Fragment;

/**
 * Splits lines into paragraphs the way a reader sees them. A blank line always ends a
 * paragraph, and so does a line the reader marked {@link Break#HARD}. In hard-wrapped text (a
 * PDF or e-mail saved as text) a line break ends a paragraph only after a short line that ends
 * a sentence, or before a bullet or a "Presentation N" marker; in text that is not wrapped
 * every line is a paragraph.
 */
public final class Paragraphs {

    private Paragraphs() {
    }

    /**
     * @param lines a section's content lines
     * @return its paragraphs, none empty
     */
    public static List<Block> split(List<Line> lines) {
        List<Block> out = new ArrayList<>();
        List<Fragment> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                flush(current, out);
                continue;
            }
            current.add(line.text().strip());
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (next == null || next.isBlank() || endsParagraph(line, next)) {
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    private static void flush(List<Fragment> current, List<Block> out) {
        if (!current.isEmpty()) {
            out.add(new Block(current));
            current.clear();
        }
    }

    /** Whether a paragraph ends between two non-blank lines. */
    static boolean endsParagraph(Line line, Line next) {
        if (line.breakAfter() == Break.HARD) {
            return true;
        }
        if (line.breakAfter() == Break.SOFT) {
            return false;
        }
        if (Markers.startsListItem(next.text().text()) || Markers.presentationAtStart(next.text().text())) {
            return true;
        }
        int width = line.wrapWidth();
        if (width <= 0) {
            return true;
        }
        String t = line.text().text().strip();
        return Markers.endsSentence(t) && (t.length() < width * 3 / 4 || t.length() > width * 5 / 4);
    }
}
