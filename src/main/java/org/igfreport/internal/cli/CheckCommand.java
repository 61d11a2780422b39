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
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code igf-report check [OPTIONS] PATH...}: checks reports and writes the findings in one
 * format. Options on the command line win over the configuration file, which wins over the
 * defaults. The exit status is 1 when a finding is at or above {@code --fail-on}.
 */
final class CheckCommand implements Callable<Integer> {

    Format format = Format.TEXT;
    Path output;
    String template;
    String failOn;
    Path config;
    String maxFileSize;
    String maxPages;
    String maxDepth;
    String maxAliases;
    String maxTime;
    String maxOperators;
    String maxPageOperators;
    String maxGlyphs;
    String maxPageGlyphs;
    String maxFormCalls;
    String maxInflated;
    String maxNodes;
    String maxWordElements;
    boolean noColor;
    boolean quiet;
    boolean debug;
    List<String> paths;

    /** The command as picocli sees it, built by {@link #spec(CliContext)}. */
    private CommandSpec spec;

    private final CliContext ctx;

    CheckCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The {@code check} command, built with picocli's programmatic API rather than its annotations:
     * the first annotation a cold JVM reads builds the JDK's annotation parser and one proxy class per
     * annotation type, none of which Java 17 can archive. The options are declared in the order of the
     * usage help; their descriptions come from help.properties (the root command's resource bundle).
     */
    static CommandSpec spec(CliContext ctx) {
        CheckCommand c = new CheckCommand(ctx);
        CommandSpec s = CommandSpec.wrapWithoutInspection(c).name("check").versionProvider(new Version());
        s.usageMessage().sortOptions(false);
        s.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class)
                .converters(new FormatConverter()).build());
        s.addOption(option(Path.class, "FILE", "-o", "--output"));
        s.addOption(option(String.class, "ID|auto|FILE", "--template"));
        s.addOption(option(String.class, "LEVEL", "--fail-on"));
        s.addOption(option(Path.class, "FILE", "--config"));
        s.addOption(option(String.class, "SIZE", "--max-file-size"));
        for (String n : List.of("--max-pages", "--max-depth", "--max-aliases")) {
            s.addOption(option(String.class, "N", n));
        }
        s.addOption(option(String.class, "DURATION", "--max-time"));
        for (String n : List.of("--max-operators", "--max-page-operators", "--max-glyphs", "--max-page-glyphs",
                "--max-form-calls")) {
            s.addOption(option(String.class, "N", n));
        }
        s.addOption(option(String.class, "SIZE", "--max-inflated"));
        s.addOption(option(String.class, "N", "--max-nodes"));
        s.addOption(option(String.class, "N", "--max-word-elements"));
        s.addOption(OptionSpec.builder("--no-color").type(boolean.class).initialValue(false).build());
        s.addOption(OptionSpec.builder("-q", "--quiet").type(boolean.class).initialValue(false).build());
        s.addOption(OptionSpec.builder("--debug").type(boolean.class).initialValue(false).build());
        Main.standardHelpOptions(s); // last, where picocli puts the mixin's options
        s.addPositional(PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("PATH").descriptionKey("paths")
                .type(List.class).auxiliaryTypes(String.class).build());
        c.spec = s;
        return s;
    }

    /**
     * The common command line {@code check [--format ID | --format=ID] PATH...} read without picocli,
     * whose set-up is most of a cold start's remaining time: the command it returns is the one picocli
     * would run. Anything else (another option, a token starting with {@code -} or {@code @} (picocli's
     * argument files), an empty token, an unknown or repeated format, no path, a {@code picocli.*}
     * system property) gives {@code null}, and picocli reads the command line.
     *
     * @return the command to run, or {@code null} for picocli to parse {@code args}
     */
    static CheckCommand plain(String[] args, CliContext ctx) {
        if (args.length < 2 || !args[0].equals("check")) {
            return null;
        }
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("picocli.")) {
                return null;
            }
        }
        Format format = null;
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String id = null;
            if (a.equals("--format") && i + 1 < args.length) {
                id = args[++i];
            } else if (a.startsWith("--format=")) {
                id = a.substring("--format=".length());
            } else if (a.isEmpty() || a.charAt(0) == '-' || a.charAt(0) == '@') {
                return null;
            } else {
                paths.add(a);
                continue;
            }
            if (format != null || id.isEmpty() || id.charAt(0) == '-' || id.charAt(0) == '@') {
                return null;
            }
            format = Format.of(id).orElse(null);
            if (format == null) {
                return null;
            }
        }
        if (paths.isEmpty()) {
            return null;
        }
        CheckCommand c = new CheckCommand(ctx);
        c.format = format == null ? Format.TEXT : format;
        c.paths = paths;
        return c;
    }

    /** Runs a command from {@link #plain(String[], CliContext)}, with the fields already set. */
    Integer callPlain() throws IOException {
        try (DebugLog log = new DebugLog(debug, ctx.err())) {
            return checkAll();
        }
    }

    private static OptionSpec option(Class<?> type, String label, String... names) {
        return OptionSpec.builder(names).paramLabel(label).type(type).build();
    }

    /** Copies what picocli parsed into the fields. */
    private void bind() {
        Format f = value("--format");
        format = f == null ? Format.TEXT : f;
        output = value("--output");
        template = value("--template");
        failOn = value("--fail-on");
        config = value("--config");
        maxFileSize = value("--max-file-size");
        maxPages = value("--max-pages");
        maxDepth = value("--max-depth");
        maxAliases = value("--max-aliases");
        maxTime = value("--max-time");
        maxOperators = value("--max-operators");
        maxPageOperators = value("--max-page-operators");
        maxGlyphs = value("--max-glyphs");
        maxPageGlyphs = value("--max-page-glyphs");
        maxFormCalls = value("--max-form-calls");
        maxInflated = value("--max-inflated");
        maxNodes = value("--max-nodes");
        maxWordElements = value("--max-word-elements");
        noColor = Boolean.TRUE.equals(value("--no-color"));
        quiet = Boolean.TRUE.equals(value("--quiet"));
        debug = Boolean.TRUE.equals(value("--debug"));
        paths = spec.positionalParameters().get(0).getValue();
    }

    private <T> T value(String name) {
        return spec.findOption(name).getValue();
    }

    @Override
    public Integer call() throws IOException {
        bind();
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
    Limits limits(Limits fromConfig) {
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

    Path configFile() {
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
