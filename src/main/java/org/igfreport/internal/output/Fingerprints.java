package org.igfreport.internal.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.igfreport.Finding;

/**
 * The identity of a finding across runs, shared by the baseline ({@code --baseline}), SARIF's
 * {@code partialFingerprints} and GitLab Code Quality's {@code fingerprint}: a hash of the rule (and
 * its message key, which is the same in every locale), the section, the normalised text the finding
 * is about (its excerpt: case, spacing and a trailing ellipsis ignored) and its position among the
 * findings of the report with the same rule, section and text (1 for the first). No line or
 * column goes in, so inserting lines above a finding, or editing another section, keeps it; and no
 * path, so a report that is moved keeps its fingerprints ({@link #withPath} adds the path where a
 * format needs one identity per run).
 */
public final class Fingerprints {

    private static final HexFormat HEX = HexFormat.of();

    private Fingerprints() {
    }

    /**
     * @param findings the findings of one report, in the report's order
     * @return their fingerprints, in the same order (32 hexadecimal digits each)
     */
    public static List<String> of(List<Finding> findings) {
        List<String> out = new ArrayList<>(findings.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            String key = String.join("\u0000", f.rule(), f.messageKey() == null ? "" : f.messageKey(),
                    f.section() == null ? "" : f.section(), normalise(f.excerpt()));
            int position = seen.merge(key, 1, Integer::sum);
            out.add(hash(key + "\u0000" + position));
        }
        return out;
    }

    /**
     * @param path the report's path as the output shows it
     * @param fingerprint a finding's fingerprint
     * @return one fingerprint for both, for a format whose fingerprints must be unique in the whole run
     */
    public static String withPath(String path, String fingerprint) {
        return hash(path + "\u0000" + fingerprint);
    }

    /**
     * @param text a finding's excerpt
     * @return it in compatibility form, in lower case, with every run of blanks one space and no
     *     ellipsis at its end (the excerpt's shortening); a linear scan
     */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean blank = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                blank = sb.length() > 0;
            } else {
                if (blank) {
                    sb.append(' ');
                    blank = false;
                }
                sb.append(c);
            }
        }
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == '.' || sb.charAt(end - 1) == '\u2026' || sb.charAt(end - 1) == ' ')) {
            end--;
        }
        return sb.substring(0, end);
    }

    private static String hash(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
