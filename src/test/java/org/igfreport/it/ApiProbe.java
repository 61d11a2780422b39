package org.igfreport.it;

import java.nio.file.Path;
import java.time.Duration;
import org.igfreport.Finding;
import org.igfreport.Limits;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;

/**
 * Uses the library as a host application would, in a JVM of its own ({@link ApiIT} starts it with
 * the built jar on the class path), and prints one line per step: {@code step: template | first
 * finding}. Steps: the first PDF and the first Word file read on an interrupted thread, then read
 * again on clean threads; a form-bomb PDF with the default limits, and under a 3 s deadline without form, operator and glyph budgets (so that only the deadline can stop it, however fast the machine), with their times; last, a seed
 * report's finding with its message key and arguments, and whether the jar's bundle formats them back into
 * every message.
 */
public final class ApiProbe {

    private ApiProbe() {
    }

    /** @param args the folder holding first.pdf, first.docx and bomb.pdf (made by {@link ApiIT}, so that no
     *  PDFBox or POI class is used in this JVM before the first read) */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        // the time limit far out: the first reads of PDFBox and POI in a JVM are slow on a loaded machine, and
        // must give the report (not the time limit's finding); the deadline is tried last, with 3 s
        ReportValidator v = ReportValidator.builder().limits(Limits.DEFAULTS.withMaxTime(Duration.ofMinutes(10))).build();
        Path pdf = dir.resolve("first.pdf");
        Path docx = dir.resolve("first.docx");
        Thread.currentThread().interrupt();
        print("interrupted-pdf", v.validate(pdf));
        print("interrupted-docx", v.validate(docx));
        boolean stillSet = Thread.interrupted();
        System.out.println("flag-kept: " + stillSet);
        Thread other = new Thread(() -> {
            print("later-pdf", v.validate(pdf));
            print("later-docx", v.validate(docx));
        });
        other.start();
        other.join();
        print("again-pdf", v.validate(pdf));
        Path bomb = dir.resolve("bomb.pdf");
        long start = System.nanoTime();
        ReportResult r = v.validate(bomb); // stopped by its form drawings' budget, whatever the load
        System.out.println("bomb-millis: " + (System.nanoTime() - start) / 1_000_000);
        print("bomb", r);
        ReportValidator lots = ReportValidator.builder()
                .limits(Limits.DEFAULTS.withMaxTime(Duration.ofSeconds(3)).withMaxFormCalls(Long.MAX_VALUE)
                        .withMaxOperators(Long.MAX_VALUE).withMaxPageOperators(Long.MAX_VALUE)
                        .withMaxGlyphs(Long.MAX_VALUE).withMaxPageGlyphs(Long.MAX_VALUE)).build();
        start = System.nanoTime();
        r = lots.validate(bomb);
        System.out.println("deadline-millis: " + (System.nanoTime() - start) / 1_000_000);
        print("deadline", r);
        messageKeys(v.validate(Path.of("seeds", "002_ea2340172add3216.txt")));
    }

    /** A finding's message key and arguments, and whether the jar's bundle formats every finding's
     *  key and arguments back into its message. */
    private static void messageKeys(ReportResult r) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.igfreport.internal.base.messages",
                java.util.Locale.ROOT);
        Finding key = r.findings().stream().filter(f -> f.rule().equals("sentences-per-item")).findFirst().orElse(null);
        System.out.println("message-key: " + (key == null ? "" : key.messageKey() + " " + key.messageArguments()));
        boolean same = !r.findings().isEmpty();
        for (Finding f : r.findings()) {
            same &= f.messageKey() != null && new java.text.MessageFormat(bundle.getString(f.messageKey()),
                    java.util.Locale.ROOT).format(f.messageArguments().toArray()).equals(f.message());
        }
        System.out.println("message-formats: " + same);
    }

    private static void print(String step, ReportResult r) {
        Finding first = r.findings().isEmpty() ? null : r.findings().get(0);
        System.out.println(step + ": " + r.template() + " | " + (first == null ? "" : first.rule() + " " + first.message()));
    }
}
