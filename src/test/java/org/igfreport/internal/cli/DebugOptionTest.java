package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** {@code --debug}: the stack traces of internal errors on standard error, and nothing else. */
class DebugOptionTest {

    private static final System.Logger LIBRARY = System.getLogger("org.igfreport");

    private static String logged(boolean debug) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        try (DebugLog log = new DebugLog(debug, ps)) {
            assertThat(Logger.getLogger("org.igfreport").getUseParentHandlers()).isFalse();
            LIBRARY.log(System.Logger.Level.ERROR, "igf-report: internal error in the rule x on a.txt",
                    new IllegalStateException("boom"));
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
    void withoutDebugNothingIsPrintedAndTheLoggerIsRestored() {
        Logger jul = Logger.getLogger("org.igfreport");
        boolean parents = jul.getUseParentHandlers();
        assertThat(logged(false)).isEmpty();
        assertThat(jul.getUseParentHandlers()).isEqualTo(parents);
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
