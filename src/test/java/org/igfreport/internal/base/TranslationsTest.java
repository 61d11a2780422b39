package org.igfreport.internal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The French and Spanish bundles beside the English ones ({@code messages}, {@code texts}, and the
 * command line's {@code help}): every key in every bundle, no key of its own, and for the
 * MessageFormat bundles the same arguments (the same indexes, also inside choices), an argument
 * formatted as a number or a choice only where English formats it so (a text passed there would
 * not format), and a pattern that formats with the arguments English takes.
 */
class TranslationsTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Per argument index, how it is formatted: "text", "number" or "choice" (several if used several ways). */
    static Map<Integer, Set<String>> arguments(String pattern) {
        Map<Integer, Set<String>> out = new TreeMap<>();
        collect(new MessageFormat(pattern, Locale.ROOT), out);
        return out;
    }

    private static void collect(MessageFormat mf, Map<Integer, Set<String>> out) {
        // the format elements in order, and which argument each formats
        Format[] byElement = mf.getFormats();
        int[] indexes = indexes(mf.toPattern(), byElement.length);
        for (int i = 0; i < byElement.length; i++) {
            Format f = byElement[i];
            String kind = f == null ? "text" : f instanceof ChoiceFormat ? "choice" : f instanceof NumberFormat ? "number" : "other";
            out.computeIfAbsent(indexes[i], k -> new TreeSet<>()).add(kind);
            if (f instanceof ChoiceFormat c) {
                for (Object option : c.getFormats()) {
                    String s = (String) option;
                    if (s.indexOf('{') >= 0) {
                        collect(new MessageFormat(s, Locale.ROOT), out);
                    }
                }
            }
        }
    }

    /** The argument index of each top-level format element of a pattern (as toPattern writes it). */
    private static int[] indexes(String pattern, int count) {
        int[] out = new int[count];
        int n = 0;
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < pattern.length() && n < count; i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                if (depth == 0) {
                    int j = i + 1;
                    while (Character.isDigit(pattern.charAt(j))) {
                        j++;
                    }
                    out[n++] = Integer.parseInt(pattern.substring(i + 1, j));
                }
                depth++;
            } else if (!quoted && c == '}') {
                depth--;
            }
        }
        return out;
    }

    /** Arguments that fit English's pattern: a number where English formats one, else a text. */
    private static Object[] sample(Map<Integer, Set<String>> english) {
        int max = english.isEmpty() ? -1 : ((TreeMap<Integer, Set<String>>) english).lastKey();
        Object[] args = new Object[max + 1];
        for (int i = 0; i <= max; i++) {
            Set<String> kinds = english.get(i);
            args[i] = kinds != null && (kinds.contains("choice") || kinds.contains("number")) ? Integer.valueOf(2) : "x";
        }
        return args;
    }

    @ParameterizedTest
    @CsvSource({"messages,fr", "messages,es", "texts,fr", "texts,es"})
    void everyKeyIsTranslatedWithTheSameArguments(String bundle, String language) throws IOException {
        String base = "/org/igfreport/internal/base/" + bundle;
        Properties en = load(base + ".properties");
        Properties tr = load(base + "_" + language + ".properties");
        assertThat(tr.stringPropertyNames()).as("keys of %s_%s", bundle, language)
                .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            Map<Integer, Set<String>> english = arguments(en.getProperty(key));
            Map<Integer, Set<String>> translated = arguments(tr.getProperty(key));
            assertThat(translated.keySet()).as("arguments of %s in %s_%s", key, bundle, language)
                    .isEqualTo(english.keySet());
            for (Map.Entry<Integer, Set<String>> e : translated.entrySet()) {
                Set<String> en2 = english.get(e.getKey());
                boolean numberInEnglish = en2.contains("choice") || en2.contains("number");
                boolean numberHere = e.getValue().contains("choice") || e.getValue().contains("number");
                assertThat(!numberHere || numberInEnglish).as("argument {%s} of %s in %s_%s is a number only where English "
                        + "formats one", e.getKey(), key, bundle, language).isTrue();
            }
            // formats with English's arguments, and no ASCII apostrophe vanished (MessageFormat quoting)
            String formatted = new MessageFormat(tr.getProperty(key), Locale.forLanguageTag(language)).format(sample(english));
            assertThat(formatted).as("%s in %s_%s", key, bundle, language).isNotBlank();
        }
    }

    @ParameterizedTest
    @CsvSource({"fr", "es"})
    void everyHelpTextIsTranslated(String language) throws IOException {
        String base = "/org/igfreport/internal/cli/help";
        Properties en = load(base + ".properties");
        Properties tr = load(base + "_" + language + ".properties");
        assertThat(tr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            // picocli's format: the same line breaks (%n) and no other % conversion
            assertThat(count(tr.getProperty(key), "%n")).as(key).isEqualTo(count(en.getProperty(key), "%n"));
            assertThat(count(tr.getProperty(key), "%")).as(key).isEqualTo(count(en.getProperty(key), "%"));
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void theArgumentsAreReadInsideChoicesToo() {
        // the test's own reader: {4} only inside a choice, {1} as a choice and as text
        assertThat(arguments("{0} has {1,choice,0#no {4}|1#1 {3}|1<{1} {4}}").toString())
                .isEqualTo("{0=[text], 1=[choice, text], 3=[text], 4=[text]}");
    }

    @Test
    void aLanguageIsTheThreadsAndEnglishIsTheDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH); // a French JVM still gets English unless asked
            assertThat(Messages.format("phrase.io.folder")).isEqualTo("it is a folder");
            try (Language.Scope s = Language.use(Locale.FRENCH)) {
                assertThat(Messages.format("phrase.io.folder")).isEqualTo("il s’agit d’un dossier");
                assertThat(Texts.format("html.lang")).isEqualTo("fr");
                try (Language.Scope t = Language.use(Locale.forLanguageTag("es-MX"))) {
                    assertThat(Messages.format("phrase.io.folder")).isEqualTo("es una carpeta");
                }
                assertThat(Texts.format("html.lang")).isEqualTo("fr");
            }
            assertThat(Texts.format("html.lang")).isEqualTo("en");
            assertThat(Messages.format(Locale.GERMAN, "phrase.io.folder")).isEqualTo("it is a folder");
        } finally {
            Locale.setDefault(before);
        }
    }
}
