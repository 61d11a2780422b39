package org.igfreport.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.Severity;
import org.igfreport.batch.BatchException;
import org.igfreport.batch.BatchRunner;
import org.igfreport.batch.Config;
import org.igfreport.batch.Validators;
import org.igfreport.read.Unreadable;
import org.igfreport.rule.RuleInfo;
import org.igfreport.rule.RuleSet;
import org.igfreport.read.Readers;

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

    /** The lowest severity that fails the build: {@code error} (the default), {@code warning} or {@code never}. */
    @Parameter(property = "igf-report.failOn")
    private String failOn;

    /** The format of the output file: json, sarif, junit, html, text, github. */
    @Parameter(property = "igf-report.format", defaultValue = "json")
    private String format;

    /** The output file. Default: {@code target/igf-report/igf-report.<format>}. */
    @Parameter(property = "igf-report.outputFile")
    private File outputFile;

    /**
     * A configuration file (rules, severities, excludes, template, fail-on; the same file as the
     * command line's). Default: {@code .igf-report.yaml} in the project folder, if there. The
     * goal's own parameters win over it.
     */
    @Parameter(property = "igf-report.configFile")
    private File configFile;

    /** Skips the check. */
    @Parameter(property = "igf-report.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("igf-report: skipped");
            return;
        }
        Path base = basedir != null ? basedir.toPath() : Path.of("").toAbsolutePath();
        boolean explicit = reportsDirectory != null;
        Path dir = explicit ? reportsDirectory.toPath() : base.resolve("reports");
        if (!Files.isDirectory(dir)) {
            if (explicit) {
                throw new MojoExecutionException("igf-report: the reports folder " + dir + " does not exist");
            }
            getLog().info("igf-report: no reports folder at " + dir + "; nothing to check");
            return;
        }
        Config cfg = config(base);
        Severity threshold = threshold(failOn != null ? failOn : cfg.failOn() != null ? cfg.failOn() : "error");
        Validators validators;
        try {
            Path configDir = configPath(base) == null ? base : configPath(base).toAbsolutePath().getParent();
            validators = new Validators(cfg, configDir, template == null || template.equals("auto") ? null : template,
                    base, cfg.limits());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("igf-report: " + e.getMessage(), e);
        }
        List<String> allExcludes = new ArrayList<>(cfg.exclude());
        if (excludes != null) {
            allExcludes.addAll(excludes);
        }
        List<Path> files = files(dir, allExcludes);
        List<ReportResult> results = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        List<ReportResult> checked = new ArrayList<>(files.size());
        Duration budget = validators.limits().maxTime();
        try {
            // one thread, as before; the runner adds the time budget per report (limits.max-time)
            new BatchRunner(1, budget).run(files, file -> validators.forReport(file).validate(file),
                    file -> new ReportResult(file.toString(),
                    Readers.forName(file.toString()).format(), null,
                    List.of(Unreadable.finding("too-slow", budget.toSeconds() + " s")), Map.of()),
                    checked::add, BatchRunner.Progress.NONE);
        } catch (IOException e) {
            throw new MojoExecutionException("igf-report: " + e.getMessage(), e);
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            ReportResult r = checked.get(i);
            r = new ReportResult(base.relativize(file.toAbsolutePath()).toString().replace(File.separatorChar, '/'),
                    r.format(), r.template(), r.findings(), r.sections());
            results.add(r);
            String shown = r.path();
            for (Finding f : r.findings()) {
                String line = shown + ":" + f.location().line() + ": [" + f.rule() + "] " + f.message();
                switch (f.severity()) {
                    case ERROR:
                        errors++;
                        getLog().error(line);
                        break;
                    case WARNING:
                        warnings++;
                        getLog().warn(line);
                        break;
                    default:
                        infos++;
                        getLog().info(line);
                }
            }
        }
        String summary = String.format(Locale.ROOT, "igf-report: %d error%s, %d warning%s, %d info%s in %d report%s",
                errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", infos, infos == 1 ? "" : "s",
                files.size(), files.size() == 1 ? "" : "s");
        Path out = outputFile != null ? outputFile.toPath()
                : (buildDirectory != null ? buildDirectory.toPath() : base.resolve("target"))
                        .resolve("igf-report").resolve("igf-report." + extension(format));
        try {
            Output.write(format, results, base, threshold, version(), out);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("igf-report: cannot write " + out + ": " + e.getMessage(), e);
        }
        boolean fail = threshold != null && results.stream().anyMatch(r -> r.failsAt(threshold));
        Path shownOut = out.toAbsolutePath().startsWith(base.toAbsolutePath()) ? base.toAbsolutePath().relativize(out.toAbsolutePath()) : out;
        if (fail) {
            throw new MojoFailureException(summary + " (fail-on: " + (threshold == Severity.ERROR ? "error" : "warning")
                    + "; details in " + shownOut.toString().replace(File.separatorChar, '/') + ")");
        }
        getLog().info(summary + " (written to " + shownOut.toString().replace(File.separatorChar, '/') + ")");
    }

    private static String version() {
        String v = CheckMojo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private Path configPath(Path base) {
        if (configFile != null) {
            return configFile.toPath();
        }
        Path p = base.resolve(Config.DEFAULT_NAME);
        return Files.isRegularFile(p) ? p : null;
    }

    private Config config(Path base) throws MojoExecutionException {
        Path p = configPath(base);
        if (p == null) {
            return Config.NONE;
        }
        if (!Files.isRegularFile(p)) {
            throw new MojoExecutionException("igf-report: no such configuration file: " + p);
        }
        try {
            return Config.load(p, RuleSet.builtIn().infos().stream().map(RuleInfo::id)
                    .collect(java.util.stream.Collectors.toSet()));
        } catch (BatchException e) {
            throw new MojoExecutionException("igf-report: " + e.getMessage(), e);
        }
    }

    private static Severity threshold(String failOn) throws MojoExecutionException {
        String v = failOn == null ? "error" : failOn.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "error":
                return Severity.ERROR;
            case "warning":
                return Severity.WARNING;
            case "never":
                return null;
            default:
                throw new MojoExecutionException("igf-report: failOn must be error, warning or never, not '" + failOn + "'");
        }
    }

    private static String extension(String format) {
        switch (format == null ? "json" : format) {
            case "sarif":
                return "sarif";
            case "junit":
                return "xml";
            case "html":
                return "html";
            case "text":
            case "github":
                return "txt";
            default:
                return "json";
        }
    }

    private List<Path> files(Path dir, List<String> allExcludes) throws MojoExecutionException {
        List<PathMatcher> in = matchers(includes);
        List<PathMatcher> ex = matchers(allExcludes);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        Path rel = dir.relativize(p);
                        boolean included = in.isEmpty() ? Readers.isReport(p.getFileName().toString())
                                : in.stream().anyMatch(m -> m.matches(rel));
                        return included && ex.stream().noneMatch(m -> m.matches(rel));
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new MojoExecutionException("igf-report: cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        if (globs != null) {
            for (String g : globs) {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            }
        }
        return out;
    }
}
