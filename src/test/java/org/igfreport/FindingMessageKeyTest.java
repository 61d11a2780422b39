package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A {@link Finding} keeps its message key and arguments beside the formatted message, through
 * the public API: for real findings of every kind (rules, template detection, suppressions, the
 * schema check, unreadable and unchecked files, internal errors), formatting the bundle's pattern
 * for the key with the arguments gives the message, so the two cannot drift apart.
 */
class FindingMessageKeyTest {

    /** The bundle read here directly, as a host would, not through the checker's own formatting. */
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.igfreport.internal.base.messages", Locale.ROOT);

    private static final ReportValidator VALIDATOR = ReportValidator.builder().build();

    @Test
    void aRealFindingKeepsItsKeyAndArguments() {
        ReportResult r = VALIDATOR.validate(Path.of("seeds/002_ea2340172add3216.txt"));
        Finding f = r.findings().stream()
                .filter(x -> x.rule().equals("sentences-per-item") && x.location().line() == 39).findFirst().orElseThrow();
        assertThat(f.message()).startsWith("Key issue 3 has 5 sentences; the template asks for 1 sentence per issue.");
        assertThat(f.messageKey()).isEqualTo("sentences-per-item");
        assertThat(f.messageArguments()).containsExactly("Key issue", 3, 5, 1, "issue", "issues");
        assertThatThrownBy(() -> f.messageArguments().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyFindingFormatsBackToItsMessage() throws IOException {
        List<Finding> all = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> all.addAll(VALIDATOR.validate(p).findings()));
        }
        for (String f : List.of("defective.txt", "defective.pdf", "table-defective.docx")) {
            all.addAll(VALIDATOR.validate(Path.of("examples/office", f)).findings());
        }
        all.addAll(check("not a report at all, just one line.\n", "note.txt"));
        all.addAll(check("", "empty.md"));
        all.addAll(check("\u0000\u0001\u0002binary", "b.txt"));
        all.addAll(check("template: igf-2017-workshop\nsession_title: [1, 2]\nsesion_title: x\n", "r.yaml"));
        all.addAll(check("{\"template\": \"igf-2017-workshop\", \"date\": ", "r.json"));
        String seed = Files.readString(Path.of("seeds/002_ea2340172add3216.txt"), StandardCharsets.UTF_8);
        all.addAll(check("<!-- igf-report-disable word-count -->\n" + seed, "s.txt"));
        all.addAll(ReportValidator.builder().limits(Limits.DEFAULTS.withMaxBytes(10)).build()
                .validate(seed.getBytes(StandardCharsets.UTF_8), "big.txt").findings());
        all.addAll(VALIDATOR.notChecked("a/slow.pdf", true).findings());
        all.addAll(VALIDATOR.notChecked("a/later.docx", false).findings());
        all.addAll(quietly(() -> Pipeline.withThrowingReader().validate(seed.getBytes(StandardCharsets.UTF_8), "r.md"))
                .findings());

        assertThat(all).extracting(Finding::rule).contains("sentences-per-item", "section-missing",
                "template-unrecognized", "schema", "input-unreadable", "internal-error", "unused-suppression");
        for (Finding f : all) {
            assertThat(f.messageKey()).as(f.toString()).isNotNull();
            assertThat(BUNDLE.containsKey(f.messageKey())).as(f.messageKey()).isTrue();
            assertThat(f.messageArguments()).as(f.toString()).allSatisfy(a -> assertThat(a).isInstanceOfAny(String.class, Number.class));
            String again = new MessageFormat(BUNDLE.getString(f.messageKey()), Locale.ROOT)
                    .format(f.messageArguments().toArray());
            assertThat(again).as(f.messageKey()).isEqualTo(f.message());
        }
    }

    @Test
    void aReportNotCheckedInTimeSaysTheLimitByKeyAndArgument() {
        ReportValidator v = ReportValidator.builder().limits(Limits.DEFAULTS.withMaxTime(Duration.ofMillis(1500))).build();
        ReportResult late = v.notChecked("reports/slow.pdf", true);
        assertThat(late.path()).isEqualTo("reports/slow.pdf");
        assertThat(late.format()).isEqualTo("pdf");
        assertThat(late.template()).isNull();
        assertThat(late.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("input-unreadable");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.messageKey()).isEqualTo("input-unreadable.not-checked");
            assertThat(f.messageArguments()).containsExactly("1.5 s");
            assertThat(f.message()).contains("took longer than 1.5 s");
        });
        assertThat(v.notChecked("reports/next.txt", false).findings()).singleElement()
                .extracting(Finding::messageKey).isEqualTo("input-unreadable.no-thread-left");
    }

    @Test
    void aValidatorNeverThrowsEvenWhenTheEngineDoes() {
        ReportValidator broken = ReportValidator.builder().readers(name -> {
            throw new IllegalStateException("no reader today");
        }).build();
        ReportResult r = quietly(() -> broken.validate("x".getBytes(StandardCharsets.UTF_8), "r.md"));
        assertThat(r.format()).isEqualTo("markdown");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("internal-error");
            assertThat(f.messageKey()).isEqualTo("internal-error.checker");
            assertThat(f.messageArguments()).containsExactly("IllegalStateException: no reader today");
        });
    }

    @Test
    void aFindingMadeByHandHasNoKey() {
        Finding f = new Finding("date-format", Severity.WARNING, "date", "Unreadable date.", Location.START, "", null);
        assertThat(f.messageKey()).isNull();
        assertThat(f.messageArguments()).isEmpty();
        Finding g = new Finding("date-format", Severity.WARNING, "date", "m", Location.START, "", null, "date-format",
                java.util.Arrays.asList(Path.of("a"), 2L, null));
        assertThat(g.messageArguments()).containsExactly("a", 2L, "null");
        assertThat(g.withSeverity(Severity.INFO).messageArguments()).isEqualTo(g.messageArguments());
    }

    /** Runs a check whose internal error is expected without its stack trace on the test's output. */
    private static ReportResult quietly(java.util.function.Supplier<ReportResult> check) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.igfreport");
        boolean parents = logger.getUseParentHandlers();
        logger.setUseParentHandlers(false);
        try {
            return check.get();
        } finally {
            logger.setUseParentHandlers(parents);
        }
    }

    private static List<Finding> check(String text, String name) {
        return VALIDATOR.validate(text.getBytes(StandardCharsets.UTF_8), name).findings();
    }
}
