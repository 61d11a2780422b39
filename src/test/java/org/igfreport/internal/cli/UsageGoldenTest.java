package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The usage help and the command-line errors, byte for byte as the commands declared with
 * picocli's annotations printed them (usage/make.sh, commit 50ed1d7): the root and {@code check}
 * commands are now built with picocli's programmatic API, which must not change a byte.
 */
class UsageGoldenTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = UsageGoldenTest.class.getResourceAsStream("usage/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void helpAndErrorsAreAsTheAnnotatedCommandsPrintedThem() throws IOException {
        List<String> lines = resource("lines.txt").lines().toList();
        assertThat(lines).hasSizeGreaterThan(10);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            String[] args = line.isEmpty() ? new String[0] : line.split(" ");
            Cli got = Cli.run(args);
            assertThat(got.out()).as("stdout of '%s'", line).isEqualTo(resource(n + ".out"));
            assertThat(got.err()).as("stderr of '%s'", line).isEqualTo(resource(n + ".err"));
            assertThat(got.status()).as("status of '%s'", line).isEqualTo(Integer.parseInt(resource(n + ".status").strip()));
        }
    }
}
