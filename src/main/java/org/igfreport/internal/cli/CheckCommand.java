package org.igfreport.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.igfreport.internal.base.Language;
import org.igfreport.internal.base.Texts;
import org.igfreport.Limits;
import org.igfreport.RuleDescription;
import org.igfreport.internal.batch.BatchCheck;
import org.igfreport.internal.batch.BatchRunner;
import org.igfreport.internal.batch.CiFilters;
import org.igfreport.internal.batch.Config;
import org.igfreport.internal.batch.Outputs;
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
    /** Whether {@code --format} was named (its output then must not meet another on standard output). */
    boolean formatNamed;
    /** The values of {@code -o/--output}: {@code FILE}, {@code FORMAT=FILE} or {@code FORMAT}. */
    List<String> outputs;
    /** With the path {@code -}: the name (and format) of the report read from standard input. */
    String stdinFilename;
    String template;
    /** {@code --lang}: the reports' language for counting sentences ({@code auto}, {@code en}, {@code fr}, {@code es}). */
    String lang;
    String failOn;
    Path config;
    Path baseline;
    Path writeBaseline;
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
    /** {@code --locale}, or {@code null}: then the configuration's {@code locale:}, else English. */
    java.util.Locale locale;
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
        s.addOption(OptionSpec.builder("-o", "--output").paramLabel("FILE|FORMAT=FILE").type(List.class)
                .auxiliaryTypes(String.class).build());
        s.addOption(option(String.class, "NAME", "--stdin-filename"));
        s.addOption(option(String.class, "ID|auto|FILE", "--template"));
        s.addOption(option(String.class, "auto|en|fr|es", "--lang"));
        s.addOption(option(String.class, "LEVEL", "--fail-on"));
        s.addOption(option(Path.class, "FILE", "--config"));
        s.addOption(option(Path.class, "FILE", "--baseline"));
        s.addOption(option(Path.class, "FILE", "--write-baseline"));
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
     * The common command line {@code check [--format ID | --format=ID] [--fail-on LEVEL | --fail-on=LEVEL]
     * [--stdin-filename NAME | --stdin-filename=NAME] PATH...} (that of a batch job; a path may be {@code -},
     * standard input, as an editor's check runs) read without picocli, whose set-up is most of a cold start's
     * remaining time: the command it returns is the one picocli would run. Anything else (another
     * option, a token starting with {@code -} or {@code @} (picocli's argument files), an empty token,
     * an unknown or repeated format, a repeated {@code --fail-on} or {@code --stdin-filename}, no path, a {@code picocli.*} system
     * property) gives {@code null}, and picocli reads the command line. The level is checked where
     * picocli's is, when the command runs.
     *
     * @return the command to run, or {@code null} for picocli to parse {@code args}
     */
    static CheckCommand plain(String[] args, CliContext ctx) {
        if (args.length < 2 || !args[0].equals("check")) {
            return null;
        }
        if (Main.picocliSettings()) {
            return null;
        }
        Format format = null;
        String level = null;
        String stdinName = null;
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String v;
            if (a.equals("-")) {
                // standard input: a positional parameter to picocli too
                paths.add(a);
                continue;
            } else if ((v = valueAt(args, i, "--stdin-filename")) != null) {
                if (stdinName != null || !plainWord(v)) {
                    return null;
                }
                stdinName = v;
            } else if ((v = valueAt(args, i, "--fail-on")) != null) {
                if (level != null || !plainWord(v)) {
                    return null;
                }
                level = v;
            } else if ((v = valueAt(args, i, "--format")) != null) {
                if (format != null || !plainWord(v)) {
                    return null;
                }
                format = Format.of(v).orElse(null);
                if (format == null) {
                    return null;
                }
            } else if (!plainWord(a)) {
                return null;
            } else {
                paths.add(a);
                continue;
            }
            if (a.indexOf('=') < 0) {
                i++; // the value was the next argument
            }
        }
        if (paths.isEmpty()) {
            return null;
        }
        CheckCommand c = new CheckCommand(ctx);
        c.format = format == null ? Format.TEXT : format;
        c.formatNamed = format != null;
        c.failOn = level;
        c.stdinFilename = stdinName;
        c.paths = paths;
        return c;
    }

    /**
     * @return the value of option {@code name} at {@code args[i]}, given as {@code name value} or {@code name=value},
     *     or {@code null} when {@code args[i]} is not that option (or it has no value after it)
     */
    private static String valueAt(String[] args, int i, String name) {
        String a = args[i];
        if (a.equals(name)) {
            return i + 1 < args.length ? args[i + 1] : null;
        }
        return a.startsWith(name) && a.length() > name.length() && a.charAt(name.length()) == '=' ? a.substring(name.length() + 1) : null;
    }

    /** @return whether picocli would take {@code s} as it stands: not empty, no option, no {@code @file} */
    private static boolean plainWord(String s) {
        return !s.isEmpty() && s.charAt(0) != '-' && s.charAt(0) != '@';
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
        formatNamed = f != null;
        outputs = value("--output");
        stdinFilename = value("--stdin-filename");
        template = value("--template");
        lang = value("--lang");
        failOn = value("--fail-on");
        config = value("--config");
        baseline = value("--baseline");
        writeBaseline = value("--write-baseline");
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
        locale = spec.findOption("--locale") == null ? null : value("--locale");
        paths = spec.positionalParameters().get(0).getValue();
    }

    /**
     * @param cfg the configuration
     * @param lang the value of {@code --lang}, or {@code null}
     * @return the configuration with {@code --lang} over its {@code lang:}
     * @throws UsageException for a value other than auto, en, fr or es
     */
    static Config withLang(Config cfg, String lang) {
        if (lang == null) {
            return cfg;
        }
        String l = lang.strip().toLowerCase(java.util.Locale.ROOT);
        if (!Config.LANGS.contains(l)) {
            throw new UsageException(Texts.format("config.unknown-language", lang));
        }
        return cfg.withLang(l);
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
        boolean stdin = paths.contains("-");
        if (stdin && paths.size() > 1) {
            throw new UsageException(Texts.format("cli.stdin-alone"));
        }
        if (stdinFilename != null && !stdin) {
            throw new UsageException(Texts.format("cli.stdin-filename-alone"));
        }
        String stdinName = stdinFilename == null ? "-" : stdinFilename;
        Path configFile = configFile(stdin ? stdinName : paths.get(0));
        Config cfg = Config.NONE;
        if (configFile != null) {
            // the rule catalogue only for a configuration to check (else it is built while the report is read)
            Set<String> ruleIds = new java.util.HashSet<>();
            for (RuleDescription r : BatchCheck.catalogue()) {
                ruleIds.add(r.id());
            }
            cfg = Config.load(configFile, ruleIds);
        }
        cfg = withLang(cfg, lang);
        if (locale == null && cfg.locale() == null) {
            return checkAll(stdin, stdinName, configFile, cfg);
        }
        // --locale, else the configuration's locale: (Main has set --locale's already, for the errors before here)
        try (Language.Scope words = Language.use(locale != null ? locale : Language.of(cfg.locale()))) {
            return checkAll(stdin, stdinName, configFile, cfg);
        }
    }

    private Integer checkAll(boolean stdin, String stdinName, Path configFile, Config cfg) throws IOException {
        Severity threshold = BatchCheck.failOn(failOn != null ? failOn : cfg.failOn());

        Validators validators = new Validators(cfg,
                configFile == null ? ctx.cwd() : configFile.toAbsolutePath().getParent(), template, ctx.cwd(),
                limits(cfg.limits()));

        CiFilters ci = new CiFilters(cfg, configFile, ctx.cwd(), baseline, writeBaseline);
        ci.checking(stdin ? List.of(ReportFinder.path(stdinName)) : ReportFinder.paths(paths));
        List<Outputs.Target> targets = Outputs.parse(outputs, format, formatNamed);
        // loops, not streams: this is a cold start's path (see BENCHMARKS.md, lambdas linked in the interpreter)
        Set<Path> files = new java.util.HashSet<>(ci.ownFiles());
        for (Outputs.Target t : targets) {
            if (t.file() != null) {
                files.add(ctx.cwd().resolve(t.file()).normalize());
            }
        }
        List<Path> reports = stdin ? List.of() : new ReportFinder(List.of(), cfg.exclude(), files,
                validators.limits().maxTime()).find(ctx.cwd(), paths);
        for (Outputs.Target t : targets) {
            if (t.file() == null) {
                continue;
            }
            Path file = ctx.cwd().resolve(t.file()).normalize();
            for (String p : paths) {
                if (!p.equals("-") && ctx.cwd().resolve(ReportFinder.path(p)).equals(file)) {
                    throw new UsageException(Texts.format("cli.output-is-report", t.file()));
                }
            }
        }

        // the checks start now, the first report is read while the main thread builds the rule catalogue
        // and the output (most of a cold check's set-up)
        try (BatchRunner.Started checks = stdin ? BatchCheck.startStream(validators, ctx.cwd(), ctx.in(), stdinName)
                : BatchCheck.start(validators, ctx.cwd(), reports, Runtime.getRuntime().availableProcessors())) {
            Main.whileChecking();
            Run run = new Run(Version.NAME, Version.current(), null, ctx.cwd(),
                    BatchCheck.catalogue(), BatchCheck.sections(validators.ownTemplates()), threshold);
            boolean color = !noColor && System.console() != null && ctx.out() == System.out
                    && System.getenv("NO_COLOR") == null;
            try (Outputs out = new Outputs(targets, ctx.cwd(), ctx.out(), new WriterOptions(color, quiet), quiet)) {
                int status = write(run, stdin, checks, ci, out.writer());
                out.commit();
                return status;
            }
        }
    }

    private int write(Run run, boolean stdin, BatchRunner.Started checks, CiFilters ci, ReportWriter writer)
            throws IOException {
        Summary[] summary = {Summary.EMPTY};
        boolean[] failed = {false};
        writer.begin(run);
        // classes, not lambdas: each lambda is a call site linked when a cold JVM starts
        BatchCheck.Each each = new BatchCheck.Each() {
            @Override
            public void accept(org.igfreport.ReportResult r) throws IOException {
                writer.report(r);
                summary[0] = summary[0].plus(r);
                failed[0] |= r.failsAt(run.failOn());
            }
        };
        // suppressions: of the configuration and the baseline (CiFilters) apply to every result
        BatchCheck.Each filtered = new BatchCheck.Each() {
            @Override
            public void accept(org.igfreport.ReportResult r) throws IOException {
                each.accept(ci.apply(r));
            }
        };
        if (stdin) {
            BatchCheck.drain(checks, filtered, BatchRunner.Progress.NONE);
        } else {
            ProgressLine progress = ProgressLine.onTerminal(ctx.err(), quiet);
            BatchCheck.drain(checks, filtered, progress);
            progress.clear();
        }
        for (org.igfreport.ReportResult extra : ci.finish()) {
            // not a report checked (a baseline's entries of a report not checked, the configuration file): its
            // findings count, the reports checked do not change
            writer.report(extra);
            summary[0] = summary[0].plusNotChecked(extra);
            failed[0] |= extra.failsAt(run.failOn());
        }
        writer.end(summary[0]);
        ci.writeBaseline();
        return failed[0] && !ci.writesBaseline() ? Main.FINDINGS : Main.OK;
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

    /**
     * The configuration file: {@code --config}, else {@value Config#DEFAULT_NAME} searched from the first
     * checked path's folder up to the repository's root ({@link Config#find}).
     */
    Path configFile(String firstPath) {
        if (config != null) {
            Path p = ctx.cwd().resolve(config);
            if (!Files.isRegularFile(p)) {
                throw new UsageException(Texts.format("cli.no-config", config));
            }
            return p;
        }
        Path first = firstPath.equals("-") ? ctx.cwd() : ctx.cwd().resolve(ReportFinder.path(firstPath));
        return Config.find(first);
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
