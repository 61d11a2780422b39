package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeFormatRuleTest {

    private final TimeFormatRule rule = new TimeFormatRule();

    @ParameterizedTest
    @ValueSource(strings = {"10:45", "10.45", "9am", "10:45 am", "14h00", "10:45-11:45", "09:00 - 10:30 CET",
        "from 10:00 to 11:30", "15:00–16:30 UTC", "9 a.m. to 10.30 a.m.", "09:00-14:00", "Noon"})
    void readableTimes(String time) {
        assertThat(TimeFormatRule.readable(time)).as(time).isTrue();
        assertThat(Fixture.compliant2017().with("time", time).run(rule)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"morning", "after lunch", "90 minutes", "25:99", "Session 3", "TBC", "1 hour"})
    void unreadableTimes(String time) {
        assertThat(TimeFormatRule.readable(time)).as(time).isFalse();
    }

    @Test
    void anUnreadableTimeIsReported() {
        Fixture f = Fixture.compliant2017().with("time", "in the morning");
        assertThat(f.run(rule)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("time-format");
            assertThat(x.section()).isEqualTo("time");
            assertThat(x.location().line()).isEqualTo(f.labelLine("time") + 1);
            assertThat(x.message()).startsWith("The time \"in the morning\" cannot be read;").contains("10:45-11:45");
        });
    }
}
