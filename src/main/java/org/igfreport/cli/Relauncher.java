package org.igfreport.cli;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a folder check in a JVM tuned for a short batch job. {@code java -jar} cannot take JVM
 * options from the jar, and the defaults suit long-running servers: a heap sized from the
 * machine's memory and a second JIT compiler that a run of a few seconds never pays back. So
 * when {@code check} is given a folder and the JVM was started without options, the tool starts
 * itself once more with {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m} and passes the
 * exit status on. The output is the same either way; set {@code IGF_REPORT_NO_RELAUNCH=1} (or
 * start Java with any option) to run in the first JVM.
 */
final class Relauncher {

    /** Marks the second JVM, so that it never starts a third. */
    static final String MARK = "igf-report.relaunched";

    private static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
            "-Xss4m", "-D" + MARK + "=true");

    private Relauncher() {
    }

    /**
     * @param args the command line
     * @return the exit status of the tuned JVM, or empty when this JVM should do the work
     */
    static Optional<Integer> relaunch(String[] args) {
        if (!worthIt(args)) {
            return Optional.empty();
        }
        Optional<String> java = ProcessHandle.current().info().command();
        String jar = jar();
        if (java.isEmpty() || jar == null) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.get());
        cmd.addAll(OPTIONS);
        cmd.add("-cp");
        cmd.add(jar);
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            return Optional.of(p.waitFor());
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Main.USAGE);
        }
    }

    /** A folder check, in a JVM started by {@code java -jar} with no options of the user's. */
    private static boolean worthIt(String[] args) {
        if (Boolean.getBoolean(MARK) || System.getenv("IGF_REPORT_NO_RELAUNCH") != null
                || args.length < 2 || !args[0].equals("check")) {
            return false;
        }
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!jvmArgs.isEmpty() || System.getenv("JDK_JAVA_OPTIONS") != null || System.getenv("JAVA_TOOL_OPTIONS") != null) {
            return false;
        }
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-") && Files.isDirectory(Path.of(a))) {
                return true;
            }
        }
        return false;
    }

    /** The jar this class was loaded from, or {@code null} when not run from a jar. */
    private static String jar() {
        try {
            var src = Relauncher.class.getProtectionDomain().getCodeSource();
            if (src == null) {
                return null;
            }
            File f = new File(src.getLocation().toURI());
            return f.isFile() && f.getName().endsWith(".jar") ? f.getPath() : null;
        } catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
