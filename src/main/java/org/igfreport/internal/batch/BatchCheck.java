package org.igfreport.internal.batch;

import org.igfreport.internal.base.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.igfreport.ReportResult;
import org.igfreport.ReportValidator;
import org.igfreport.RuleDescription;
import org.igfreport.Severity;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;
import org.igfreport.internal.template.Templates;

/**
 * The one batch path of the command line and the Maven goal: fail-on parsing, the sections a
 * writer lists (built-in and the user's own templates), checking the reports of a run on a
 * {@link BatchRunner} with the time budget of the limits, and the results of reports that were
 * not checked. Both front ends find their reports with {@link ReportFinder} and write their
 * output files with {@link AtomicOutput}.
 */
public final class BatchCheck {

    /** The fail-on levels. */
    public static final List<String> FAIL_ON = List.of("error", "warning", "never");

    private BatchCheck() {
    }

    /**
     * @param value {@code error}, {@code warning} or {@code never} (surrounding blanks and case ignored)
     * @return the lowest severity that fails the run, or {@code null} for {@code never}
     * @throws BatchException for another value
     */
    public static Severity failOn(String value) {
        String v = value == null ? "error" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "never" -> null;
            default -> throw new BatchException(Texts.format("config.unknown-value", value, "fail-on", String.join(", ", FAIL_ON)));
        };
    }

    /**
     * @param own the user's own templates in use
     * @return the section ids of each template, built-in first, for writers that list them
     */
    public static Map<String, List<String>> sections(List<Template> own) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Template t : Templates.builtIn().all()) {
            out.put(t.id(), ids(t));
        }
        for (Template t : own) {
            out.put(t.id(), ids(t));
        }
        return out;
    }

    private static List<String> ids(Template t) {
        List<String> ids = new ArrayList<>(t.sections().size());
        for (TemplateSection s : t.sections()) {
            ids.add(s.id());
        }
        return List.copyOf(ids);
    }

    /**
     * Checks the reports of a run and hands each result on, in order.
     *
     * @param validators the validators of the run (with its limits)
     * @param cwd the folder the reports' paths are relative to
     * @param reports the reports, as found by {@link ReportFinder}
     * @param threads the threads to check on
     * @param each receives each result, in order
     * @param progress hears how far the run is
     * @throws IOException when {@code each} cannot write
     */
    public static void run(Validators validators, Path cwd, List<Path> reports, int threads, Each each,
            BatchRunner.Progress progress) throws IOException {
        Checks checks = new Checks(validators, cwd, each);
        new BatchRunner(threads, validators.limits().maxTime()).run(reports, checks, checks, checks, progress);
    }

    /**
     * Starts checking the reports of a run, for their results to be taken with {@link #drain} once the
     * output is ready: a cold command line builds its rule catalogue and output while the first report is read.
     *
     * @param validators the validators of the run (with its limits)
     * @param cwd the folder the reports' paths are relative to
     * @param reports the reports, as found by {@link ReportFinder}
     * @param threads the threads to check on
     * @return the started run (close it)
     */
    public static BatchRunner.Started start(Validators validators, Path cwd, List<Path> reports, int threads) {
        Checks checks = new Checks(validators, cwd, null);
        return new BatchRunner(threads, validators.limits().maxTime()).start(reports, checks, checks);
    }

    /**
     * Hands each result of a started run on, in order.
     *
     * @param started a run from {@link #start} or {@link #startStream}
     * @param each receives each result, in order
     * @param progress hears how far the run is
     * @throws IOException when {@code each} cannot write
     */
    public static void drain(BatchRunner.Started started, Each each, BatchRunner.Progress progress) throws IOException {
        started.drain(new ToEach(each), progress);
    }

    /** A sink handing results to an {@link Each} (a class: a method reference is a call site linked at start-up). */
    private static final class ToEach implements BatchRunner.Sink {
        private final Each each;

        ToEach(Each each) {
            this.each = each;
        }

        @Override
        public void accept(ReportResult result) throws IOException {
            each.accept(result);
        }
    }

    /**
     * What {@link #run} hands the runner: a class, not three lambdas, each of which would be a call
     * site linked in the interpreter when a cold JVM checks its first report.
     */
    private static final class Checks implements Function<Path, ReportResult>, BatchRunner.NotChecked,
            BatchRunner.Sink {
        private final Validators validators;
        private final Path cwd;
        private final Each each;

        Checks(Validators validators, Path cwd, Each each) {
            this.validators = validators;
            this.cwd = cwd;
            this.each = each;
        }

        @Override
        public ReportResult apply(Path report) {
            return check(validators.forReport(cwd.resolve(report)), cwd.resolve(report), report);
        }

        @Override
        public ReportResult result(Path report, BatchRunner.Skipped why) {
            return validators.forReport(cwd.resolve(report)).notChecked(ReportFinder.slashed(report),
                    why == BatchRunner.Skipped.TIME_LIMIT);
        }

        @Override
        public void accept(ReportResult result) throws IOException {
            each.accept(result);
        }
    }

    /**
     * Checks one report read from a stream (standard input, {@code check -}), as {@link #run} checks a
     * file: on a runner with the time budget of the limits. At most one byte more than the largest
     * file allowed is read, so an endless stream gives an {@code input-unreadable} finding, not an
     * endless read.
     *
     * @param validators the validators of the run (with its limits)
     * @param cwd the working folder (the name picks the validator as a file's path does)
     * @param in the report's bytes
     * @param name its name: the extension gives the format, the path the template overrides
     * @param each receives the result
     * @throws IOException when the stream cannot be read or {@code each} cannot write
     */
    public static void runStream(Validators validators, Path cwd, java.io.InputStream in, String name, Each each)
            throws IOException {
        long max = validators.limits().maxBytes();
        try (BatchRunner.Started started = startStream(validators, cwd, in, name)) {
            drain(started, each, BatchRunner.Progress.NONE);
        }
    }

    /**
     * Reads a report from a stream as {@link #runStream} does and starts checking it, for its result
     * to be taken with {@link #drain}.
     *
     * @param validators the validators of the run (with its limits)
     * @param cwd the working folder (the name picks the validator as a file's path does)
     * @param in the report's bytes
     * @param name its name: the extension gives the format, the path the template overrides
     * @return the started run (close it)
     * @throws IOException when the stream cannot be read
     */
    public static BatchRunner.Started startStream(Validators validators, Path cwd, java.io.InputStream in, String name)
            throws IOException {
        long max = validators.limits().maxBytes();
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        StreamCheck check = new StreamCheck(validators, cwd, content, name);
        return new BatchRunner(1, validators.limits().maxTime()).start(List.of(Path.of(name)), check, check);
    }

    /** What {@link #startStream} hands the runner: a class, not two lambdas (call sites linked at start-up). */
    private static final class StreamCheck implements Function<Path, ReportResult>, BatchRunner.NotChecked {
        private final Validators validators;
        private final Path cwd;
        private final byte[] content;
        private final String name;

        StreamCheck(Validators validators, Path cwd, byte[] content, String name) {
            this.validators = validators;
            this.cwd = cwd;
            this.content = content;
            this.name = name;
        }

        @Override
        public ReportResult apply(Path report) {
            ReportResult r = validators.forReport(cwd.resolve(report)).validate(content, name);
            return new ReportResult(ReportFinder.slashed(report), r.format(), r.template(), r.findings(), r.sections(), r.facts());
        }

        @Override
        public ReportResult result(Path report, BatchRunner.Skipped why) {
            return validators.forReport(cwd.resolve(report)).notChecked(ReportFinder.slashed(report),
                    why == BatchRunner.Skipped.TIME_LIMIT);
        }
    }

    /** Receives each result. */
    @FunctionalInterface
    public interface Each {
        /**
         * @param result a result
         * @throws IOException when it cannot be written
         */
        void accept(ReportResult result) throws IOException;
    }

    /**
     * Checks one report (the validator never throws: a failure is an {@code internal-error} finding).
     *
     * @param validator its validator
     * @param file the file
     * @param shown its path as shown
     * @return its result, under the path shown
     */
    public static ReportResult check(ReportValidator validator, Path file, Path shown) {
        ReportResult r = validator.validate(file);
        return new ReportResult(ReportFinder.slashed(shown), r.format(), r.template(), r.findings(), r.sections(),
                r.facts());
    }

    /** @return the rule catalogue the validators run, for the outputs that list it (SARIF), in the language in force */
    public static List<RuleDescription> catalogue() {
        return ReportValidator.builder().locale(org.igfreport.internal.base.Language.current()).build().rules();
    }
}
