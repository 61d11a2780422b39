package org.igfreport.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.igfreport.internal.batch.AtomicOutput;
import org.igfreport.it.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool never changes the files it checks, never opens a network connection, and writes its
 * output atomically.
 */
class NothingLostNothingLeakedTest {

    @TempDir
    Path dir;

    /** Every file under a folder: its SHA-256 and modification time. */
    private static Map<String, String> snapshot(Path folder, String leaveOut) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String rel = folder.relativize(p).toString();
                if (rel.equals(leaveOut)) {
                    continue;
                }
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                out.put(rel, HexFormat.of().formatHex(sha) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }

    private Path reports() throws IOException {
        Path folder = dir.resolve("reports");
        Files.createDirectories(folder.resolve("sub"));
        for (String s : List.of("seeds/002_ea2340172add3216.txt", "examples/shapes/report.md",
                "examples/reports/defective.yaml", "examples/reports/compliant.json", "examples/office/defective.pdf",
                "examples/office/compliant.docx")) {
            Path src = Path.of(s);
            Files.copy(src, folder.resolve(src.getFileName()));
        }
        Files.copy(Path.of("seeds/000_b8681fb40b29323f.txt"), folder.resolve("sub/old.txt"));
        HostileFiles.truncatedPdf(folder);
        Files.write(folder.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        return folder;
    }

    @Test
    void checkedFilesKeepTheirBytesAndTimesWhateverTheOutput() throws Exception {
        Path folder = reports();
        Map<String, String> before = snapshot(folder, null);
        Thread.sleep(20); // a write now would show in the modification time
        for (String format : List.of("text", "json", "sarif", "junit", "github", "html")) {
            Cli cli = Cli.run("check", "--format", format, folder.toString());
            assertThat(cli.status()).as(cli.err()).isIn(0, 1);
        }
        Path out = folder.resolve("igf-report.json");
        Cli first = Cli.run("check", "--format", "json", "-o", out.toString(), folder.toString());
        assertThat(first.status()).as(first.err()).isIn(0, 1);
        Cli second = Cli.run("check", "--format", "sarif", "-o", out.toString(), folder.toString());
        assertThat(second.status()).as(second.err()).isIn(0, 1);
        assertThat(Files.readString(out)).contains("\"runs\"").doesNotContain("igf-report.json\"");
        assertThat(snapshot(folder, "igf-report.json")).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aFailingWriterLeavesThePreviousOutputIntactAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("out.sarif"), "the previous run's output");
        try (AtomicOutput out = new AtomicOutput(target)) {
            out.stream().write("{\"version\": \"2.1.0\", \"runs\": [{\"results\": [".getBytes(StandardCharsets.UTF_8));
            out.stream().flush();
            throw new IOException("disk full"); // the writer fails half way
        } catch (IOException expected) {
            assertThat(expected).hasMessage("disk full");
        }
        assertThat(Files.readString(target)).isEqualTo("the previous run's output");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.sarif");
        }
    }

    @Test
    void anUnwritableOutputIsAUsageErrorThatLeavesNothingBehind() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        Cli cli = Cli.run("check", "--format", "json", "-o", blocker.resolve("out.json").toString(),
                "seeds/002_ea2340172add3216.txt");
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.oneErrorLine()).as(cli.err()).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("file");
        }
    }

    @Test
    void noInputMakesTheCheckerOpenANetworkConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(100);
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet();
                        try (OutputStream o = s.getOutputStream()) {
                            o.write("HTTP/1.0 200 OK\r\n\r\nLEAKED-FROM-SERVER\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    } catch (SocketTimeoutException e) {
                        // poll again
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String url = "http://127.0.0.1:" + server.getLocalPort();

            Path folder = Files.createDirectories(dir.resolve("remote"));
            HostileFiles.docxEntity(folder, "entity.docx", url + "/entity.xml");
            Files.writeString(folder.resolve("remote.md"), HostileFiles.report()
                    + "\n![chart](" + url + "/chart.png)\n\n[slides](" + url + "/slides)\n\n<img src=\"" + url + "/i.png\">\n");
            Files.writeString(folder.resolve("remote.yaml"), "$schema: " + url + "/schema.json\n"
                    + "template: " + url + "/template.yaml\nsession_title: !!java.net.URL [\"" + url + "/tag\"]\n"
                    + "key_issues:\n  - " + url + "/issue\n");
            Files.writeString(folder.resolve("remote.json"), "{\"$schema\": \"" + url + "/schema.json\", \"$ref\": \""
                    + url + "/ref.json\", \"key_issues\": [\"" + url + "\"]}");
            Path config = Files.writeString(dir.resolve("remote-config.yaml"), "template: " + url + "/template.yaml\n");

            Cli check = Cli.run("check", "--format", "json", folder.toString());
            assertThat(check.status()).as(check.err()).isIn(0, 1);
            Cli remoteTemplate = Cli.run("check", "--template", url + "/template.yaml", folder.toString());
            assertThat(remoteTemplate.status()).isEqualTo(2);
            Cli remoteConfig = Cli.run("check", "--config", config.toString(), folder.toString());
            assertThat(remoteConfig.status()).isEqualTo(2);

            Thread.sleep(300);
            assertThat(connections.get()).as("connections to " + url).isZero();
            assertThat(check.out() + remoteTemplate.err() + remoteConfig.err()).doesNotContain("LEAKED-FROM-SERVER");
        }
    }
}
