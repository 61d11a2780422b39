package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.read.OfficeFixtures;
import org.igfreport.internal.read.ReportReader;
import org.igfreport.internal.read.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Limits.maxTime covers the check phase too (detection, mapping, rules), not only the readers: with
 * a deadline of one nanosecond, a report that a reader has already read stops with the too-slow
 * finding instead of being checked. No clock is timed: the deadline has always passed.
 */
class CheckDeadlineTest {

    private static final byte[] REPORT = OfficeFixtures.text(OfficeFixtures.compliant()).getBytes(StandardCharsets.UTF_8);

    private static void stoppedAsTooSlow(ReportResult r) {
        assertThat(r.template()).isNull();
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("input-unreadable")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("took longer than"));
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("section-missing") || f.rule().equals("template-unrecognized"));
    }

    @Test
    void checkingADocumentAlreadyReadStopsAtTheDeadline() {
        Document doc = new TextReader().read(REPORT, "r.txt", org.igfreport.internal.base.Limits.DEFAULTS);
        assertThat(ReportValidator.builder().build().check(doc).template()).isNotNull();
        ReportValidator tiny = ReportValidator.builder().limits(Limits.DEFAULTS.withMaxTime(Duration.ofNanos(1))).build();
        stoppedAsTooSlow(tiny.check(doc));
    }

    @Test
    void theDeadlineOfValidateCoversTheChecksAfterAReaderThatIgnoresIt() {
        Document doc = new TextReader().read(REPORT, "r.txt", org.igfreport.internal.base.Limits.DEFAULTS);
        ReportReader ignoresTime = new ReportReader() {
            @Override
            public String format() {
                return "text";
            }

            @Override
            public Document read(byte[] content, String name, org.igfreport.internal.base.Limits limits) {
                return doc;
            }
        };
        ReportValidator tiny = ReportValidator.builder().readers(n -> ignoresTime)
                .limits(Limits.DEFAULTS.withMaxTime(Duration.ofNanos(1))).build();
        stoppedAsTooSlow(tiny.validate(REPORT, "r.txt"));
    }
}
