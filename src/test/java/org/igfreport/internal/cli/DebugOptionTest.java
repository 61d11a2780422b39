package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.igfreport.internal.rule.InternalErrors;
import org.junit.jupiter.api.Test;

/** {@code --debug}: the stack traces of internal errors on standard error, and nothing else. */
class DebugOptionTest {

    private static String logged(boolean debug) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        try (DebugLog log = new DebugLog(debug, ps)) {
            // what a rule that throws logs (through System.Logger "org.igfreport")
            InternalErrors.rule("x", "a.txt", new IllegalStateException("boom"));
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withDebugTheStackTraceIsOnStandardError() {
        String err = logged(true);
        assertThat(err).startsWith("igf-report: SEVERE: igf-report: internal error in the rule x on a.txt")
                .contains("java.lang.IllegalStateException: boom").contains("\tat org.igfreport.internal.cli.DebugOptionTest");
    }

    @Test
    void withoutDebugNothingIsLoggedAndLoggingIsRestored() {
        Logger jul = Logger.getLogger("org.igfreport");
        boolean parents = jul.getUseParentHandlers();
        List<LogRecord> records = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(h);
        jul.setUseParentHandlers(false);
        try {
            assertThat(logged(false)).isEmpty();
            assertThat(records).as("logged under DebugLog(false)").isEmpty();
            InternalErrors.rule("x", "a.txt", new IllegalStateException("boom"));
            assertThat(records).as("logged after it is closed").hasSize(1);
        } finally {
            jul.removeHandler(h);
            jul.setUseParentHandlers(parents);
        }
        assertThat(jul.getHandlers()).isEmpty();
    }

    @Test
    void theOptionIsAcceptedAndAnOrdinaryFilePrintsNothingOnStandardError() {
        Cli cli = Cli.run("check", "--debug", "examples/office/defective.txt");
        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains("defective.txt").doesNotContain("internal-error");
    }
}
