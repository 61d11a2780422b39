package org.igfreport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serve tests' {@link ServeProcess#start}: a process that prints no address, hung or ended, fails the
 * test with its standard error, and is not left running. It waited for the address line without a bound.
 */
class ServeProcessIT {

    /** The guard of this test against a hang (the old wait, unbounded, hung here). */
    static final Duration GUARD = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    /** A process that says something on standard error, writes its process id, then hangs or ends. */
    public static final class Silent {
        public static void main(String[] args) throws Exception {
            System.err.println("silent on purpose");
            System.err.flush();
            Files.writeString(Path.of("pid"), String.valueOf(ProcessHandle.current().pid()));
            if (args.length > 0 && args[0].equals("hang")) {
                Thread.sleep(Duration.ofMinutes(10).toMillis());
            }
            System.exit(3);
        }
    }

    static List<String> silent(String how) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Silent.class.getName(), how);
    }

    @Test
    void aProcessThatHangsWithoutAnAddressIsKilledAndItsStandardErrorShown() throws Exception {
        assertTimeoutPreemptively(GUARD, () -> {
            // a wait far over the start of a JVM that prints a line, even on a loaded machine
            assertThatThrownBy(() -> ServeProcess.start(dir, silent("hang"), Duration.ofSeconds(20)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no address")
                    .hasMessageContaining("silent on purpose");
        });
        long pid = Long.parseLong(Files.readString(dir.resolve("pid")));
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("the hung process was killed").isNotEqualTo(
                java.util.Optional.of(true));
    }

    @Test
    void aProcessThatEndsWithoutAnAddressFailsWithItsStandardError() {
        assertTimeoutPreemptively(GUARD, () -> {
            assertThatThrownBy(() -> ServeProcess.start(dir, silent("end"), Duration.ofMinutes(2)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("ended without an address")
                    .hasMessageContaining("silent on purpose");
        });
    }
}
