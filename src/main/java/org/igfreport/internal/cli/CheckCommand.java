package org.igfreport.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.igfreport.Limits;
import org.igfreport.RuleDescription;
import org.igfreport.internal.batch.AtomicOutput;
import org.igfreport.internal.batch.BatchCheck;
import org.igfreport.internal.batch.Config;
import org.igfreport.internal.batch.ReportFinder;
import org.igfreport.internal.batch.Validators;
import org.igfreport.Severity;
import org.igfreport.internal.output.Format;
import org.igfreport.internal.output.ReportWriter;
import org.igfreport.internal.output.Run;
import org.igfreport.internal.output.Summary;
import org.igfreport.internal.output.WriterOptions;
import org.igfreport.internal.rule.InternalErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code igf-report check [OPTIONS] PATH...}: checks reports and writes the findings in one
 * format. Options on the command line win over the configuration file, which wins over the
 * defaults. The exit status is 1 when a finding is at or above {@code --fail-on}.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = "Checks reports (files, or folders searched recursively for .txt .md .pdf .docx .yaml .yml .json).")
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Output format: text, json, sarif, junit, github or html (default: text).")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the output to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--template", paramLabel = "ID|auto|FILE",
            description = "The template to check against: auto (detect it), a template id, or a template file (default: auto).")
    String template;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Lowest severity that makes the exit status 1: error, warning or never (default: error).")
    String failOn;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: " + Config.DEFAULT_NAME + " in the current folder, if there).")
    Path config;

    @Option(names = "--max-file-size", paramLabel = "SIZE",
            description = "Largest report file checked, e.g. 20MB (default: 20MB); a larger file is an input-unreadable finding.")
    String maxFileSize;

    @Option(names = "--max-pages", paramLabel = "N",
            description = "Most PDF pages read (default: 500); the rest of a longer file is left out, with a finding.")
    String maxPages;

    @Option(names = "--max-depth", paramLabel = "N",
            description = "Deepest nesting of a YAML/JSON report (default: 64).")
    String maxDepth;

    @Option(names = "--max-aliases", paramLabel = "N",
            description = "Most YAML aliases in a report (default: 50).")
    String maxAliases;

    @Option(names = "--max-time", paramLabel = "DURATION",
            description = "Longest time one report may take to check, e.g. 30s or 2m (default: 30s); "
                    + "a slower report is an input-unreadable finding.")
    String maxTime;

    @Option(names = "--max-operators", paramLabel = "N",
            description = "Most PDF drawing operators run for one report (default: 20000000).")
    String maxOperators;

    @Option(names = "--max-page-operators", paramLabel = "N",
            description = "Most PDF drawing operators run for one page (default: 2000000).")
    String maxPageOperators;

    @Option(names = "--max-glyphs", paramLabel = "N",
            description = "Most PDF characters shown in one report (default: 5000000).")
    String maxGlyphs;

    @Option(names = "--max-page-glyphs", paramLabel = "N",
            description = "Most PDF characters shown on one page (default: 200000).")
    String maxPageGlyphs;

    @Option(names = "--max-form-calls", paramLabel = "N",
            description = "Most PDF form XObjects drawn in one report, every drawing counted (default: 100000).")
    String maxFormCalls;

    @Option(names = "--max-inflated", paramLabel = "SIZE",
            description = "Most PDF page content unpacked for one report, e.g. 128MB (default: 128MB).")
    String maxInflated;

    @Option(names = "--max-nodes", paramLabel = "N",
            description = "Most keys and values in a YAML/JSON report (default: 200000).")
    String maxNodes;

    @Option(names = "--max-word-elements", paramLabel = "N",
            description = "Most table rows, cells and paragraphs in a Word report (default: 1000000).")
    String maxWordElements;

    @Option(names = "--no-color", description = "Do not colour the output.")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Print the findings only, no summary line.")
    boolean quiet;

    @Option(names = "--debug", description = "Print the stack traces of internal errors on standard error.")
    boolean debug;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
    List<String> paths;

    private final CliContext ctx;

    CheckCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        try (DebugLog log = new DebugLog(debug, ctx.err())) {
            return checkAll();
        }
    }

    private Integer checkAll() throws IOException {
        List<RuleDescription> catalogue = BatchCheck.catalogue();
        Set<String> ruleIds = catalogue.stream().map(RuleDescription::id).collect(Collectors.toSet());
        Path configFile = configFile();
        Config cfg = configFile == null ? Config.NONE : Config.load(configFile, ruleIds);
        Severity threshold = BatchCheck.failOn(failOn != null ? failOn : cfg.failOn());

        Validators validators = new Validators(cfg,
                configFile == null ? ctx.cwd() : configFile.toAbsolutePath().getParent(), template, ctx.cwd(),
                limits(cfg.limits()));

        Path target = output == null ? null : ctx.cwd().resolve(output).normalize();
        List<Path> reports = new ReportFinder(List.of(), cfg.exclude(), target == null ? Set.of() : Set.of(target),
                validators.limits().maxTime()).find(ctx.cwd(), paths);
        if (target != null && paths.stream().map(p -> ctx.cwd().resolve(ReportFinder.path(p))).anyMatch(target::equals)) {
            throw new UsageException("the output " + output + " is one of the reports checked; igf-report never writes to them");
        }

        Run run = new Run(Version.NAME, Version.current(), null, ctx.cwd(),
                catalogue, BatchCheck.sections(validators.ownTemplates()), threshold);
        if (target == null) {
            boolean color = !noColor && System.console() != null && ctx.out() == System.out
                    && System.getenv("NO_COLOR") == null;
            return write(run, reports, validators, ctx.out(), new WriterOptions(color, quiet));
        }
        try (AtomicOutput out = new AtomicOutput(target)) {
            int status = write(run, reports, validators, out.stream(), new WriterOptions(false, quiet));
            out.commit();
            return status;
        }
    }

    private int write(Run run, List<Path> reports, Validators validators, OutputStream out, WriterOptions options)
            throws IOException {
        ReportWriter writer = format.writer(out, options);
        Summary[] summary = {Summary.EMPTY};
        boolean[] failed = {false};
        writer.begin(run);
        ProgressLine progress = ProgressLine.onTerminal(ctx.err(), quiet);
        BatchCheck.run(validators, ctx.cwd(), reports, Runtime.getRuntime().availableProcessors(), r -> {
            writer.report(r);
            summary[0] = summary[0].plus(r);
            failed[0] |= r.failsAt(run.failOn());
        }, progress);
        progress.clear();
        writer.end(summary[0]);
        out.flush();
        return failed[0] ? Main.FINDINGS : Main.OK;
    }

    /** The configuration file's limits, with the command line's options over them. */
    private Limits limits(Limits fromConfig) {
        Limits l = fromConfig;
        try {
            if (maxFileSize != null) {
                l = l.withMaxBytes(Limits.parseSize(maxFileSize));
            }
            if (maxPages != null) {
                l = l.withMaxPages(Config.count(maxPages, 1));
            }
            if (maxDepth != null) {
                l = l.withMaxDepth(Config.count(maxDepth, 1));
            }
            if (maxAliases != null) {
                l = l.withMaxAliases(Config.count(maxAliases, 0));
            }
            if (maxOperators != null) {
                l = l.withMaxOperators(Config.count(maxOperators, 1));
            }
            if (maxPageOperators != null) {
                l = l.withMaxPageOperators(Config.count(maxPageOperators, 1));
            }
            if (maxGlyphs != null) {
                l = l.withMaxGlyphs(Config.count(maxGlyphs, 1));
            }
            if (maxPageGlyphs != null) {
                l = l.withMaxPageGlyphs(Config.count(maxPageGlyphs, 1));
            }
            if (maxFormCalls != null) {
                l = l.withMaxFormCalls(Config.count(maxFormCalls, 0));
            }
            if (maxInflated != null) {
                l = l.withMaxInflated(Limits.parseSize(maxInflated));
            }
            if (maxNodes != null) {
                l = l.withMaxNodes(Config.count(maxNodes, 1));
            }
            if (maxWordElements != null) {
                l = l.withMaxWordElements(Config.count(maxWordElements, 1));
            }
            if (maxTime != null) {
                l = l.withMaxTime(Limits.parseDuration(maxTime));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return l;
    }

    private Path configFile() {
        if (config != null) {
            Path p = ctx.cwd().resolve(config);
            if (!Files.isRegularFile(p)) {
                throw new UsageException("no such configuration file: " + config);
            }
            return p;
        }
        Path p = ctx.cwd().resolve(Config.DEFAULT_NAME);
        return Files.isRegularFile(p) ? p : null;
    }

    /** Reads {@code --format} ids, telling what is allowed when the id is unknown. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.of(value).orElseThrow(() -> new TypeConversionException("unknown format '" + value
                    + "'; allowed: " + String.join(", ", java.util.Arrays.stream(Format.values()).map(Format::id).toList())));
        }
    }
}
