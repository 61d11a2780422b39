package org.igfreport.internal.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.igfreport.internal.base.Texts;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.RuleDescription;
import org.igfreport.Severity;
import org.igfreport.internal.batch.Outputs;
import org.igfreport.internal.batch.BatchCheck;
import org.igfreport.internal.batch.BatchException;
import org.igfreport.internal.batch.BatchRunner;
import org.igfreport.internal.batch.CiFilters;
import org.igfreport.internal.batch.Config;
import org.igfreport.internal.batch.ReportFinder;
import org.igfreport.internal.batch.Validators;
import java.util.Locale;
import org.igfreport.internal.base.Language;
import org.igfreport.internal.output.Escapes;
import org.igfreport.internal.output.Format;
import org.igfreport.internal.output.ReportWriter;
import org.igfreport.internal.output.Run;
import org.igfreport.internal.output.Summary;
import org.igfreport.internal.output.WriterOptions;

/**
 * Checks the IGF workshop reports of a project: {@code mvn igf-report:check}, bound to
 * {@code verify} by default. Logs each finding as {@code file:line: [rule] message} at the
 * matching level and fails the build when a finding is at or above {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {

    /** The folder searched (recursively) for reports. Default: {@code reports} in the project folder. */
    @Parameter(property = "igf-report.reportsDirectory")
    private File reportsDirectory;

    /** The project folder. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    /** The build folder. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    /** Glob patterns (relative to the reports folder) of the files to check; default every report format. */
    @Parameter(property = "igf-report.includes")
    private List<String> includes;

    /** Glob patterns (relative to the reports folder) of files not to check. */
    @Parameter(property = "igf-report.excludes")
    private List<String> excludes;

    /** The template: {@code auto} (the default), a template id, or a template file. */
    @Parameter(property = "igf-report.template")
    private String template;

    /**
     * The reports' language, for counting sentences: {@code auto} (detected from each report's
     * text, the default), {@code en}, {@code fr} or {@code es}; over the configuration's {@code lang:}.
     */
    @Parameter(property = "igf-report.lang")
    private String lang;

    /** The lowest severity that fails the build: {@code error} (the default), {@code warning} or {@code never}. */
    @Parameter(property = "igf-report.failOn")
    private String failOn;

    /** The format of the output file: json, sarif, junit, html, text, github, codequality, markdown. */
    @Parameter(property = "igf-report.format", defaultValue = "json")
    private String format;

    /** The output file. Default: {@code target/igf-report/igf-report.<format>}. */
    @Parameter(property = "igf-report.outputFile")
    private File outputFile;

    /**
     * More outputs of the same run, each {@code FORMAT=FILE} (the file relative to the project
     * folder), as the command line's repeated {@code --output FORMAT=FILE}; each file is written atomically.
     */
    @Parameter(property = "igf-report.outputs")
    private List<String> outputs;

    /**
     * A configuration file (rules, severities, excludes, template, fail-on; the same file as the
     * command line's). Default: {@code .igf-report.yaml} in the reports folder or the nearest folder
     * above it, up to the repository's root (the folder holding {@code .git}), as the command line finds it. The
     * goal's own parameters win over it.
     */
    @Parameter(property = "igf-report.configFile")
    private File configFile;

    /**
     * A baseline file ({@code check --baseline}): only findings not in it are reported (and fail the
     * build), with {@code baseline-stale} (info) for its entries that no longer occur.
     */
    @Parameter(property = "igf-report.baseline")
    private File baseline;

    /**
     * Writes the findings to this baseline file ({@code check --write-baseline}, atomically, over an
     * old one); the build does not fail.
     */
    @Parameter(property = "igf-report.writeBaseline")
    private File writeBaseline;

    /**
     * The language of the messages, the log and the outputs: {@code en} (the default), {@code fr} or
     * {@code es}; the configuration file's {@code locale:} where this is not set. Rule ids, section ids and
     * the outputs' keys are the same in every language.
     */
    @Parameter(property = "igf-report.locale")
    private String locale;

    /** Skips the check. */
    @Parameter(property = "igf-report.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Locale language;
        try {
            language = locale == null || locale.isBlank() ? Language.DEFAULT : Language.of(locale);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("igf-report: locale: " + e.getMessage(), e);
        }
        // this thread's language for the goal's run (Maven may run other modules' goals on other threads)
        try (Language.Scope words = Language.use(language)) {
            check();
        }
    }

    private void check() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(Texts.format("maven.skipped"));
            return;
        }
        Path base = (basedir != null ? basedir.toPath() : Path.of("")).toAbsolutePath().normalize();
        boolean explicit = reportsDirectory != null;
        Path dir = explicit ? base.resolve(reportsDirectory.toPath()).normalize() : base.resolve("reports");
        if (!Files.isDirectory(dir)) {
            if (explicit) {
                throw new MojoExecutionException(Texts.format("maven.no-folder", shown(dir)));
            }
            getLog().info(Texts.format("maven.nothing-to-check", shown(dir)));
            return;
        }
        Path out = outputFile != null ? base.resolve(outputFile.toPath()).normalize()
                : (buildDirectory != null ? buildDirectory.toPath() : base.resolve("target"))
                        .resolve("igf-report").resolve("igf-report." + Format.of(format == null ? "json" : format.strip())
                                .map(Format::extension).orElse("json")).toAbsolutePath().normalize();
        Summary[] summary = {Summary.EMPTY};
        Severity threshold;
        boolean writesBaseline;
        try {
            Config cfg = config(base, dir);
            if ((locale == null || locale.isBlank()) && cfg.locale() != null) {
                // the configuration's language, until execute's scope ends (which puts the previous one back)
                Language.use(Language.of(cfg.locale()));
            }
            if (lang != null) {
                String l = lang.strip().toLowerCase(java.util.Locale.ROOT);
                if (!Config.LANGS.contains(l)) {
                    throw new BatchException(Texts.format("config.unknown-language", lang));
                }
                cfg = cfg.withLang(l);
            }
            threshold = BatchCheck.failOn(failOn != null ? failOn : cfg.failOn());
            Format fmt = Format.of(format == null ? "json" : format.strip()).orElseThrow(() -> new BatchException(
                    Texts.format("cli.unknown-format", format, String.join(", ",
                            Arrays.stream(Format.values()).map(Format::id).toList()))));
            Path configPath = configPath(base, dir);
            CiFilters ci = new CiFilters(cfg, configPath, base, baseline == null ? null : baseline.toPath(),
                    writeBaseline == null ? null : writeBaseline.toPath());
            writesBaseline = ci.writesBaseline();
            ci.checking(List.of(dir));
            Path configDir = configPath == null ? base : configPath.toAbsolutePath().getParent();
            Validators validators = new Validators(cfg, configDir,
                    template == null || template.strip().equals("auto") ? null : template.strip(), base, cfg.limits());
            List<String> allExcludes = new ArrayList<>(cfg.exclude());
            if (excludes != null) {
                allExcludes.addAll(excludes);
            }
            // the same search as the command line's, from the project folder, so paths read reports/...
            String folder = dir.startsWith(base) ? base.relativize(dir).toString() : dir.toString();
            List<Outputs.Target> targets = new ArrayList<>(List.of(new Outputs.Target(fmt, out.toString())));
            for (String o : outputs == null ? List.<String>of() : outputs) {
                Outputs.Target t = Outputs.parse(List.of(o.strip()), fmt, false).stream().filter(x -> x.file() != null)
                        .findFirst().orElse(null);
                if (t == null || !o.contains("=")) {
                    throw new BatchException(Texts.format("maven.bad-output", o));
                }
                targets.add(new Outputs.Target(t.format(), base.resolve(t.file()).normalize().toString()));
            }
            Set<Path> outFiles = new java.util.HashSet<>();
            for (Outputs.Target t : targets) {
                if (!outFiles.add(Path.of(t.file()))) {
                    throw new BatchException(Texts.format("output.file-twice", shown(Path.of(t.file()))));
                }
            }
            outFiles.addAll(ci.ownFiles());
            List<Path> reports = new ReportFinder(includes == null ? List.of() : includes, allExcludes, outFiles,
                    validators.limits().maxTime()).find(base, List.of(folder));
            Run run = new Run("igf-report", version(), null, base, BatchCheck.catalogue(),
                    BatchCheck.sections(validators.ownTemplates()), threshold);
            try (Outputs output = new Outputs(targets, base, java.io.OutputStream.nullOutputStream(), WriterOptions.PLAIN, false)) {
                ReportWriter writer = output.writer();
                writer.begin(run);
                // one thread, as before; the runner keeps the time budget per report (limits.max-time)
                BatchCheck.Each each = r -> {
                    writer.report(r);
                    summary[0] = summary[0].plus(r);
                    log(r);
                };
                BatchCheck.run(validators, base, reports, 1, r -> each.accept(ci.apply(r)), BatchRunner.Progress.NONE);
                for (ReportResult extra : ci.finish()) {
                    // not a report checked: its findings count, the reports checked do not change
                    writer.report(extra);
                    summary[0] = summary[0].plusNotChecked(extra);
                    log(extra);
                }
                writer.end(summary[0]);
                output.commit();
                ci.writeBaseline();
            } catch (IOException e) {
                throw new BatchException(Texts.format("maven.cannot-write", shown(out), ReportFinder.reason(e)));
            }
        } catch (BatchException e) {
            throw new MojoExecutionException("igf-report: " + Escapes.prose(e.getMessage()), e);
        }
        String sentence = "igf-report: " + summary[0].sentence();
        boolean fail = !writesBaseline && threshold != null && (threshold == Severity.ERROR ? summary[0].errors() > 0
                : summary[0].errors() + summary[0].warnings() > 0);
        if (fail) {
            throw new MojoFailureException(Texts.format("maven.failed", sentence, threshold == Severity.ERROR ? "error" : "warning",
                    shown(out)));
        }
        getLog().info(Texts.format("maven.written", sentence, shown(out)));
    }

    /** Logs a report's findings, one line each at the matching level, escaped like the text format. */
    private void log(ReportResult r) {
        for (Finding f : r.findings()) {
            String cell = org.igfreport.internal.output.TextWriter.cell(f.location());
            String line = Escapes.visible(r.path()) + (cell == null ? ":" + f.location().line() : ": " + Escapes.prose(cell))
                    + ": [" + f.rule() + "] " + Escapes.prose(f.message());
            switch (f.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                default -> getLog().info(line);
            }
        }
    }

    /** A path as the log shows it: relative to the project folder where inside it, escaped. */
    private String shown(Path p) {
        Path base = (basedir != null ? basedir.toPath() : Path.of("")).toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return Escapes.visible(ReportFinder.slashed(abs.startsWith(base) ? base.relativize(abs) : abs));
    }

    private static String version() {
        String v = CheckMojo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private Path configPath(Path base, Path dir) {
        if (configFile != null) {
            return base.resolve(configFile.toPath());
        }
        return Config.find(dir);
    }

    private Config config(Path base, Path dir) {
        Path p = configPath(base, dir);
        if (p == null) {
            return Config.NONE;
        }
        if (!Files.isRegularFile(p)) {
            throw new BatchException(Texts.format("cli.no-config", shown(p)));
        }
        return Config.load(p, BatchCheck.catalogue().stream().map(RuleDescription::id)
                .collect(java.util.stream.Collectors.toSet()));
    }
}
