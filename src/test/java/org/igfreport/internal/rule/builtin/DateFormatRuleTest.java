package org.igfreport.internal.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateFormatRuleTest {

    private final DateFormatRule rule = new DateFormatRule();

    @ParameterizedTest
    @ValueSource(strings = {"09 December", "17 December, 2017", "December 9", "Dec 18th 2017", "Monday, 18 Dec 2017",
        "2017-12-17", "17/12/2017", "17.12.2017", "12/17/2017", "18-12-17", "Day 0, 17 December 2017",
        "the 5th of June 2016", "Tuesday 19 December 2017 (Day 2)"})
    void readableDates(String date) {
        assertThat(DateFormatRule.readable(date)).as(date).isTrue();
        assertThat(Fixture.compliant2017().with("date", date).run(rule)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"19 décembre 2017", "1er décembre 2017", "mardi 5 déc. 2017", "19 de diciembre de 2017",
        "1º de septiembre de 2018", "5 setiembre 2018", "martes, 19 dic 2017", "12 août 2019", "3 mai 2016"})
    void frenchAndSpanishMonthNamesAreRead(String date) {
        assertThat(DateFormatRule.readable(date)).as(date).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"next week", "Day 2", "December", "2017", "40 December", "17/13/2017/", "TBD",
        "the day after the opening", "2017-13-45"})
    void unreadableDates(String date) {
        assertThat(DateFormatRule.readable(date)).as(date).isFalse();
    }

    @Test
    void anUnreadableDateIsReportedWithAnExample() {
        Fixture f = Fixture.compliant2017().with("date", "next week");
        assertThat(f.run(rule)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("date-format");
            assertThat(x.section()).isEqualTo("date");
            assertThat(x.location().line()).isEqualTo(f.labelLine("date") + 1);
            assertThat(x.message()).isEqualTo("The date \"next week\" cannot be read; write it as a day, a month"
                    + " and a year, e.g. 18 December 2017.");
        });
    }

    @Test
    void longHostileInputIsReadQuickly() {
        String hostile = "1" + " ".repeat(100_000) + "x";
        long start = System.nanoTime();
        assertThat(DateFormatRule.readable(hostile)).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void emptyDatesAreLeftToSectionEmpty() {
        assertThat(Fixture.compliant2017().with("date", "").run(rule)).isEmpty();
    }
}
