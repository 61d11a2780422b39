package org.igfreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

/**
 * The same English test data (the Pragmatic Segmenter's golden rules, the project's domain cases
 * and its own cases by category, see resources/sentences/README.md) through igf-report's
 * segmenter, the JDK's BreakIterator, ICU4J's BreakIterator and OpenNLP's maximum-entropy
 * detector with Apache's pre-trained English model: exact matches per category (whitespace
 * collapsed, as the other sentence tests compare) and throughput on the cases' texts repeated to
 * about 4 MB. Runs only in the {@code bench} profile, whose test scope alone has ICU4J and OpenNLP:
 * {@code mvn -B -Pbench test -Dtest=SegmenterComparisonTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints a Markdown table and writes it to {@code target/segmenter-comparison.md}.
 */
class SegmenterComparisonTest {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final int CORPUS_CHARS = 4_000_000;

    /** A segmenter: its sentences, normalised, for the cases; its bare count of sentences, for the speed. */
    private record Tool(String name, Function<String, List<String>> split, java.util.function.ToIntFunction<String> count) {
    }

    private static int jdkCount(String text) {
        java.text.BreakIterator it = java.text.BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int n = 0;
        while (it.next() != java.text.BreakIterator.DONE) {
            n++;
        }
        return n;
    }

    private static int icuCount(String text) {
        com.ibm.icu.text.BreakIterator it = com.ibm.icu.text.BreakIterator.getSentenceInstance(ULocale.ENGLISH);
        it.setText(text);
        int n = 0;
        while (it.next() != com.ibm.icu.text.BreakIterator.DONE) {
            n++;
        }
        return n;
    }

    private static List<String> jdk(String text) {
        java.text.BreakIterator it = java.text.BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        List<String> out = new ArrayList<>();
        for (int s = it.first(), e = it.next(); e != java.text.BreakIterator.DONE; s = e, e = it.next()) {
            add(out, text.substring(s, e));
        }
        return out;
    }

    private static List<String> icu(String text) {
        com.ibm.icu.text.BreakIterator it = com.ibm.icu.text.BreakIterator.getSentenceInstance(ULocale.ENGLISH);
        it.setText(text);
        List<String> out = new ArrayList<>();
        for (int s = it.first(), e = it.next(); e != com.ibm.icu.text.BreakIterator.DONE; s = e, e = it.next()) {
            add(out, text.substring(s, e));
        }
        return out;
    }

    private static void add(List<String> out, String segment) {
        String n = SentenceCases.normalize(segment);
        if (!n.isEmpty()) {
            out.add(n);
        }
    }

    private static Tool openNlp() throws IOException {
        try (InputStream in = SegmenterComparisonTest.class.getResourceAsStream(MODEL)) {
            assertThat(in).as("the OpenNLP model on the test class path").isNotNull();
            SentenceDetectorME detector = new SentenceDetectorME(new SentenceModel(in));
            return new Tool("OpenNLP 2.5.4 (en-ud-ewt 1.3)", text -> {
                List<String> out = new ArrayList<>();
                for (String s : detector.sentDetect(text)) {
                    add(out, s);
                }
                return out;
            }, text -> detector.sentPosDetect(text).length);
        }
    }

    @Test
    void compare() throws IOException {
        List<Tool> tools = List.of(
                new Tool("igf-report", SentenceCases::actual, t -> SentenceSegmenter.english().count(t)),
                new Tool("JDK BreakIterator", SegmenterComparisonTest::jdk, SegmenterComparisonTest::jdkCount),
                new Tool("ICU4J " + com.ibm.icu.util.VersionInfo.ICU_VERSION, SegmenterComparisonTest::icu,
                        SegmenterComparisonTest::icuCount),
                openNlp());
        Map<String, List<SentenceCases.Case>> groups = new LinkedHashMap<>();
        groups.put("golden rules (Pragmatic Segmenter)", SentenceCases.load("/sentences/sentence-golden-rules-en.json"));
        groups.put("domain cases (IGF reports)", SentenceCases.load("/sentences/sentence-domain-cases-en.json"));
        for (SentenceCases.Case c : SentenceCases.load("/sentences/sentence-cases-en.json")) {
            groups.computeIfAbsent("own: " + c.category(), k -> new ArrayList<>()).add(c);
        }

        StringBuilder md = new StringBuilder("| category | cases |");
        StringBuilder rule = new StringBuilder("|---|---:|");
        for (Tool t : tools) {
            md.append(' ').append(t.name()).append(" |");
            rule.append("---:|");
        }
        md.append('\n').append(rule).append('\n');
        int[] totals = new int[tools.size()];
        int all = 0;
        StringBuilder corpus = new StringBuilder();
        for (var g : groups.entrySet()) {
            md.append("| ").append(g.getKey()).append(" | ").append(g.getValue().size()).append(" |");
            all += g.getValue().size();
            for (int k = 0; k < tools.size(); k++) {
                int pass = 0;
                for (SentenceCases.Case c : g.getValue()) {
                    if (tools.get(k).split().apply(c.text()).equals(SentenceCases.normalized(c.expected()))) {
                        pass++;
                    }
                }
                totals[k] += pass;
                md.append(' ').append(pass).append(" |");
            }
            md.append('\n');
            for (SentenceCases.Case c : g.getValue()) {
                corpus.append(c.text()).append("\n\n");
            }
        }
        md.append("| **all** | ").append(all).append(" |");
        for (int t : totals) {
            md.append(" **").append(t).append("** |");
        }
        md.append('\n');

        String unit = corpus.toString();
        StringBuilder big = new StringBuilder(CORPUS_CHARS + unit.length());
        while (big.length() < CORPUS_CHARS) {
            big.append(unit);
        }
        String text = big.toString();
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        md.append("| MB/s (").append(String.format(Locale.ROOT, "%.1f", mb)).append(" MB of these texts, best of 5 after 3 warm-ups) | |");
        for (Tool t : tools) {
            long best = Long.MAX_VALUE;
            int n = 0;
            for (int run = 0; run < 8; run++) {
                long t0 = System.nanoTime();
                n = t.count().applyAsInt(text);
                long dt = System.nanoTime() - t0;
                if (run >= 3) {
                    best = Math.min(best, dt);
                }
            }
            assertThat(n).isPositive();
            md.append(' ').append(String.format(Locale.ROOT, "%.0f", mb / (best / 1e9))).append(" |");
        }
        md.append('\n');
        System.out.println(md);
        Files.writeString(Path.of("target", "segmenter-comparison.md"), md);
        assertThat(totals[0]).isGreaterThan(totals[1]).isGreaterThan(0);
    }
}
