package org.igfreport.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.igfreport.internal.base.Texts;
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
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class)
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Option(names = "--template", paramLabel = "ID|auto|FILE")
    String template;

    @Option(names = "--fail-on", paramLabel = "LEVEL")
    String failOn;

    @Option(names = "--config", paramLabel = "FILE")
    Path config;

    @Option(names = "--max-file-size", paramLabel = "SIZE")
    String maxFileSize;

    @Option(names = "--max-pages", paramLabel = "N")
    String maxPages;

    @Option(names = "--max-depth", paramLabel = "N")
    String maxDepth;

    @Option(names = "--max-aliases", paramLabel = "N")
    String maxAliases;

    @Option(names = "--max-time", paramLabel = "DURATION")
    String maxTime;

    @Option(names = "--max-operators", paramLabel = "N")
    String maxOperators;

    @Option(names = "--max-page-operators", paramLabel = "N")
    String maxPageOperators;

    @Option(names = "--max-glyphs", paramLabel = "N")
    String maxGlyphs;

    @Option(names = "--max-page-glyphs", paramLabel = "N")
    String maxPageGlyphs;

    @Option(names = "--max-form-calls", paramLabel = "N")
    String maxFormCalls;

    @Option(names = "--max-inflated", paramLabel = "SIZE")
    String maxInflated;

    @Option(names = "--max-nodes", paramLabel = "N")
    String maxNodes;

    @Option(names = "--max-word-elements", paramLabel = "N")
    String maxWordElements;

    @Option(names = "--no-color")
    boolean noColor;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Option(names = "--debug")
    boolean debug;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
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
            throw new UsageException(Texts.format("cli.output-is-report", output));
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
                throw new UsageException(Texts.format("cli.no-config", config));
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
            return Format.of(value).orElseThrow(() -> new TypeConversionException(Texts.format("cli.unknown-format", value,
                    String.join(", ", java.util.Arrays.stream(Format.values()).map(Format::id).toList()))));
        }
    }
}
