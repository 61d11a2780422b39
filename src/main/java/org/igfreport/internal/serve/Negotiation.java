package org.igfreport.internal.serve;

import java.util.Locale;
import org.igfreport.internal.base.Language;

/**
 * The language of an answer of {@code serve}: the one the request names ({@code ?locale=fr}, or a form's
 * {@code locale} field), else the server's own ({@code --locale}, {@code locale:}), else the best of the
 * request's {@code Accept-Language} that the tool speaks, else English. A linear scan of a bounded header
 * (no regular expression).
 */
final class Negotiation {

    /** At most this many entries of an {@code Accept-Language} header are read (browsers send a handful). */
    static final int MAX_ENTRIES = 32;

    private Negotiation() {
    }

    /**
     * @param value a request's {@code locale} (parameter or form field): {@code en}, {@code fr}, {@code es},
     *     or a tag of one of them ({@code fr-CA}, {@code es-419}), any case
     * @return its language, or {@code null} for none or one the tool does not speak (the request's other
     *     signals then decide)
     */
    static Locale named(String value) {
        if (value == null) {
            return null;
        }
        String code = primary(value.strip());
        return Language.CODES.contains(code) ? Language.of(code) : null;
    }

    /**
     * @param header an {@code Accept-Language} header ({@code fr-CA,fr;q=0.9,en;q=0.8}), or {@code null}
     * @return the language the tool speaks with the highest quality in it (the first of equal ones);
     *     English when it names none of them (or {@code *} first, or nothing)
     */
    static Locale acceptLanguage(String header) {
        if (header == null) {
            return Language.DEFAULT;
        }
        Locale best = null;
        double bestQ = 0;
        int start = 0;
        int n = header.length();
        for (int entries = 0; start <= n && entries < MAX_ENTRIES; entries++) {
            int end = header.indexOf(',', start);
            if (end < 0) {
                end = n;
            }
            String entry = header.substring(start, end);
            start = end + 1;
            int semi = entry.indexOf(';');
            String tag = (semi < 0 ? entry : entry.substring(0, semi)).strip();
            double q = semi < 0 ? 1 : quality(entry.substring(semi + 1));
            if (tag.isEmpty() || q <= 0 || q <= bestQ) {
                continue;
            }
            String code = primary(tag);
            if (code.equals("*")) {
                // any language: English, unless a named one scores higher
                best = Language.DEFAULT;
                bestQ = q;
            } else if (Language.CODES.contains(code)) {
                best = Language.of(code);
                bestQ = q;
            }
        }
        return best == null ? Language.DEFAULT : best;
    }

    /** @return the primary subtag of a language tag, lower case ({@code es} of {@code es-419}) */
    private static String primary(String tag) {
        int end = 0;
        while (end < tag.length() && tag.charAt(end) != '-' && tag.charAt(end) != '_') {
            end++;
        }
        return tag.substring(0, end).strip().toLowerCase(Locale.ROOT);
    }

    /** @return the {@code q} of an entry's parameters ({@code q=0.8}); 1 without one, 0 when it is not a number in [0, 1] */
    private static double quality(String params) {
        for (String p : params.split(";", 8)) {
            String s = p.strip();
            if (s.length() >= 2 && (s.charAt(0) == 'q' || s.charAt(0) == 'Q') && s.charAt(1) == '=') {
                String v = s.substring(2).strip();
                if (v.isEmpty() || v.length() > 5) {
                    return 0;
                }
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (!(c >= '0' && c <= '9' || c == '.')) {
                        return 0;
                    }
                }
                try {
                    double q = Double.parseDouble(v);
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
