package org.igfreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.read.ReportReader;
import org.igfreport.internal.read.Readers;
import org.igfreport.internal.rule.InternalErrors;
import org.igfreport.internal.rule.Rule;
import org.igfreport.internal.rule.RuleContext;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.rule.RuleSet;
import org.igfreport.internal.rule.builtin.BuiltInRules;
import org.igfreport.internal.template.MappedReport;

/**
 * What every pipeline test and property asserts of a result, and validators with a deliberately
 * broken component to prove that those assertions catch a failing reader, mapper or rule.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /**
     * Fails on any {@code internal-error} finding: a component of the checker threw.
     *
     * @param r a result
     * @return the result
     */
    public static ReportResult noInternalError(ReportResult r) {
        assertThat(r.findings()).as("internal errors in %s", r.path())
                .noneMatch(f -> f.rule().equals(InternalErrors.RULE));
        return r;
    }

    /**
     * Fails on a finding whose lines are not within the text: at most one line past the last line
     * break (a file's last line), counting every CR and LF byte, which bounds the lines of every
     * text decoding (UTF-8, UTF-16, Windows-1252).
     *
     * @param r the result of checking {@code bytes} as a textual format (text, Markdown, YAML, JSON)
     * @param bytes the file's bytes
     */
    public static void linesWithin(ReportResult r, byte[] bytes) {
        int breaks = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                breaks++;
            }
        }
        int last = breaks + 1;
        assertThat(r.findings()).allSatisfy(f -> {
            assertThat(f.location().line()).as("line of %s", f).isBetween(1, last);
            assertThat(f.location().endLine()).as("end line of %s", f).isBetween(f.location().line(), last);
        });
    }

    /** @return a validator whose every reader throws, on every file */
    public static ReportValidator withThrowingReader() {
        return ReportValidator.builder().readers(name -> new ReportReader() {
            @Override
            public String format() {
                return Readers.forName(name).format();
            }

            @Override
            public Document read(byte[] content, String n, org.igfreport.internal.base.Limits limits) {
                throw new IllegalStateException("a reader made to fail");
            }
        }).build();
    }

    /** @return a validator whose reader throws on every third file (by content hash), else reads as usual */
    public static ReportValidator withSometimesThrowingReader() {
        return ReportValidator.builder().readers(name -> new ReportReader() {
            private final ReportReader real = Readers.forName(name);

            @Override
            public String format() {
                return real.format();
            }

            @Override
            public Document read(byte[] content, String n, org.igfreport.internal.base.Limits limits) {
                if (Math.floorMod(java.util.Arrays.hashCode(content), 3) == 0) {
                    throw new IllegalStateException("a reader made to fail on a third of its inputs");
                }
                return real.read(content, n, limits);
            }
        }).build();
    }

    /** @return a validator with the built-in rules and one more that always throws */
    public static ReportValidator withThrowingRule() {
        List<Rule> rules = new ArrayList<>(BuiltInRules.ruleSet().rules());
        rules.add(new Rule() {
            private final RuleInfo info = new RuleInfo("always-throws", org.igfreport.internal.base.Severity.ERROR, "Throws.", "To prove it shows.");

            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(MappedReport report, RuleContext context) {
                throw new IllegalStateException("a rule made to fail");
            }
        });
        return ReportValidator.builder().rules(RuleSet.of(rules)).build();
    }
}
