package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The limits: their defaults, how sizes and durations are written, and that hitting one is a finding. */
class LimitsTest {

    @Test
    void defaults() {
        assertThat(Limits.DEFAULTS).isEqualTo(new Limits(20L * 1024 * 1024, 500, 64, 50, Duration.ofSeconds(30)));
        assertThat(new Limits(1, 2, 3, 4).maxTime()).isEqualTo(Limits.DEFAULT_TIME);
    }

    @Test
    void sizesAndDurationsAreReadAsPeopleWriteThem() {
        assertThat(Limits.parseSize("20MB")).isEqualTo(20L * 1024 * 1024);
        assertThat(Limits.parseSize("512 kb")).isEqualTo(512L * 1024);
        assertThat(Limits.parseSize("1.5G")).isEqualTo(3L * 512 * 1024 * 1024);
        assertThat(Limits.parseSize("1000")).isEqualTo(1000);
        assertThat(Limits.parseDuration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Limits.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Limits.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Limits.parseDuration("45")).isEqualTo(Duration.ofSeconds(45));
        assertThatThrownBy(() -> Limits.parseSize("lots")).hasMessageContaining("20MB");
        assertThatThrownBy(() -> Limits.parseSize("-1MB")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limits.parseDuration("soon")).hasMessageContaining("30s");
        assertThatThrownBy(() -> Limits.DEFAULTS.withMaxTime(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileOverTheSizeLimitIsAFinding() {
        ReportValidator v = ReportValidator.builder().limits(Limits.DEFAULTS.withMaxBytes(100)).build();
        ReportResult r = v.validate("x".repeat(101).getBytes(StandardCharsets.UTF_8), "big.txt");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("input-unreadable");
            assertThat(f.message()).contains("too large").contains("0.0 MB");
        });
    }

    @Test
    void nestingAndAliasesOverTheLimitAreFindings() {
        ReportValidator v = ReportValidator.builder().limits(Limits.DEFAULTS.withMaxDepth(3).withMaxAliases(1)).build();
        ReportResult deep = v.validate("{\"a\": [[[[1]]]]}".getBytes(StandardCharsets.UTF_8), "deep.json");
        assertThat(deep.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("deeper than 3"));
        ReportResult aliases = v.validate("a: &a [x]\nb: [*a, *a, *a]\n".getBytes(StandardCharsets.UTF_8), "a.yaml");
        assertThat(aliases.findings()).anySatisfy(f -> assertThat(f.message()).contains("aliases"));
    }
}
