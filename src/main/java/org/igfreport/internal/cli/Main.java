package org.igfreport.internal.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.igfreport.internal.base.Language;
import org.igfreport.internal.base.Messages;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.rule.builtin.BuiltInRules;
import org.igfreport.internal.rule.builtin.DateFormatRule;
import org.igfreport.internal.rule.builtin.TimeFormatRule;
import org.igfreport.internal.template.LabelIndex;
import org.igfreport.internal.template.ReportSchemaCheck;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.Templates;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code igf-report} command: checks IGF workshop reports against the IGF templates. Each
 * subcommand is its own class; this one only wires them and maps failures to exit status 2
 * with one line on standard error, never a stack trace.
 */
public final class Main implements Runnable {

    /** Exit status: nothing at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** Exit status: at least one finding at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** Exit status: the command could not run. */
    public static final int USAGE = 2;

    static {
        // networknt logs through SLF4J; with no provider SLF4J warns on stderr, which must stay for our one-line errors
        quiet("slf4j.internal.verbosity", "ERROR");
        // POI logs through Log4j's API and PDFBox through commons-logging: a command-line tool
        // reports problems as findings, so their chatter about damaged files stays off stderr
        quiet("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        quiet("org.apache.logging.log4j.simplelog.level", "OFF");
        quiet("log4j2.statusLoggerLevel", "OFF");
        quiet("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    }

    /** The subcommands, in the order of the usage help. */
    static final java.util.List<String> SUBCOMMANDS = java.util.List.of("check", "templates", "rules", "explain", "sentences", "extract", "init", "summary", "serve");

    /** The command as picocli sees it, built by {@link #spec()}. */
    private CommandSpec spec;

    private static void quiet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private Main() {
    }

    /**
     * The root command, built with picocli's programmatic API (its annotations cost a cold JVM the
     * JDK's annotation parser and proxy classes): the name, the version, the --help texts' bundle and
     * the standard help options.
     */
    static CommandSpec spec() {
        Main main = new Main();
        CommandSpec s = CommandSpec.wrapWithoutInspection(main).name(Version.NAME).versionProvider(new Version())
                .resourceBundle(help(Language.current()));
        standardHelpOptions(s);
        // every subcommand has it (picocli copies an inherited option into each subcommand added after it)
        s.addOption(OptionSpec.builder("--locale").paramLabel("en|fr|es").type(Locale.class)
                .converters(new LocaleConverter()).scopeType(CommandLine.ScopeType.INHERIT).descriptionKey("locale").build());
        main.spec = s;
        return s;
    }

    /**
     * The --help texts in a language: help_fr.properties or help_es.properties over help.properties (a key a
     * translation lacks is shown in English), never chosen by the JVM's default locale.
     */
    static java.util.ResourceBundle help(Locale language) {
        Locale chosen = Language.supported(language);
        // English is the base file itself: a look-up of a missing help_en.properties would open every jar
        // on the class path (the distribution's 15,000-entry jar) at every start for the same result
        return java.util.ResourceBundle.getBundle("org.igfreport.internal.cli.help",
                "en".equals(chosen.getLanguage()) ? Locale.ROOT : chosen,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Reads {@code --locale}: {@code en}, {@code fr} or {@code es}. */
    static final class LocaleConverter implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            try {
                return Language.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * The language a command line asks for, read before picocli (whose help and errors are then in it):
     * the value of {@code --locale X} or {@code --locale=X} before {@code --}; English when there is none
     * or it is not a language the tool speaks (picocli then says so).
     */
    static Locale language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            String v = a.equals("--locale") && i + 1 < args.length ? args[i + 1]
                    : a.startsWith("--locale=") ? a.substring("--locale=".length()) : null;
            if (v != null) {
                String c = v.strip().toLowerCase(Locale.ROOT);
                return Language.CODES.contains(c) ? Language.of(c) : Language.DEFAULT;
            }
        }
        return Language.DEFAULT;
    }

    /**
     * What picocli's {@code mixinStandardHelpOptions = true} adds: {@code -h/--help} and
     * {@code -V/--version}, their descriptions from help.properties.
     */
    static void standardHelpOptions(CommandSpec s) {
        s.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
                .descriptionKey("mixinStandardHelpOptions.help").build());
        s.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).initialValue(false)
                .descriptionKey("mixinStandardHelpOptions.version").build());
    }

    /** Without a subcommand: the usage, on standard error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Texts.format("cli.no-command"));
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        if (quick(args) == null) {
            preload(args);
        }
        System.exit(run(args, System.out, System.err));
    }

    /**
     * The command lines answered without picocli and without the preload thread: {@code --version} (or
     * {@code -V}) alone, which CI runs, and {@code rules} alone. picocli builds every subcommand for an
     * option before the first one (its annotations read by reflection: a third of a cold JVM's run), and
     * the preload thread reads templates, label indexes and patterns neither command needs.
     *
     * @return {@code "version"} or {@code "rules"}, or {@code null} for any other command line
     */
    static String quick(String[] args) {
        if (args.length != 1) {
            return null;
        }
        if (picocliSettings()) {
            return null;
        }
        switch (args[0]) {
            case "--version":
            case "-V":
                return "version";
            case "rules":
                return "rules";
            default:
                return null;
        }
    }

    /**
     * @return whether a {@code picocli.*} system property is set (picocli.trace, picocli.ansi, ...): then every
     *     command line takes picocli's way, not {@link #quick} or {@link CheckCommand#plain}'s
     */
    static boolean picocliSettings() {
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Loads what a check needs (the messages, the built-in templates and their label indexes, the language data,
     * for YAML or JSON files the report schemas, the date and time patterns, the
     * texts and the rules) on a second thread while the main thread builds the rule catalogue and the
     * check thread reads the report: in a cold JVM that is a third of the start-up. Whatever fails here
     * is loaded again, and reported, by the command that needs it.
     */
    static void preload(String[] args) {
        boolean structured = false;
        for (String a : args) {
            String l = a.toLowerCase(Locale.ROOT);
            structured |= l.endsWith(".yaml") || l.endsWith(".yml") || l.endsWith(".json");
        }
        Thread t = new Thread(new Preload(structured), "igf-report-preload");
        t.setDaemon(true);
        t.start();
    }

    /** The work of {@link #preload}: a class, not a lambda (Java 17 archives no lambda of this class). */
    private static final class Preload implements Runnable {
        private final boolean schemas;

        Preload(boolean schemas) {
            this.schemas = schemas;
        }

        @Override
        public void run() {
            try {
                // in the order a check needs them: the check thread reads the file (started while the main
                // thread builds the rule catalogue and the output), finds its template (the label indexes),
                // tells its language (stop words, English's rules), runs the rules (their messages, the date
                // patterns) and the output writes
                // its last line (texts)
                for (Template template : Templates.builtIn().all()) {
                    LabelIndex.of(template);
                }
                org.igfreport.internal.text.Language.preload();
                Messages.bundle(Locale.ENGLISH);
                if (schemas) {
                    for (Template template : Templates.builtIn().all()) {
                        ReportSchemaCheck.schema(template);
                    }
                }
                DateFormatRule.preload();
                TimeFormatRule.preload();
                // (java.util.logging is set up only under --debug, see DebugLog; the JDK's number formats only for
                // a message's number that is not a whole number, see base.Wording)
                Texts.bundle(Locale.ENGLISH);
                BuiltInRules.ruleSet();
            } catch (RuntimeException | LinkageError e) {
                // loaded again where it is needed, which reports the problem
            }
        }
    }

    /**
     * What the main thread of a check loads as soon as the check thread reads the report, before its rule
     * catalogue and output: the time patterns and the texts, which the preload thread reaches last. (The
     * JDK's number formats are no longer set up: messages write whole numbers without them, see
     * base.Wording.) Whatever fails is loaded again, and reported, where it is needed.
     */
    static void whileChecking() {
        try {
            Texts.bundle(Locale.ENGLISH);
        } catch (RuntimeException | LinkageError e) {
            // loaded again where it is needed
        }
    }

    /**
     * Runs the tool in-process, reading standard input from {@link System#in}.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @return the exit status: 0, 1 or 2
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /**
     * Runs the tool in-process.
     *
     * @param args the command line
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the exit status: 0, 1 or 2
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        // picocli reads each command's annotations when the command is added, which in a cold JVM
        // costs more than parsing the command line: one naming a subcommand first needs only that one
        CheckCommand plain = CheckCommand.plain(args, new CliContext(in, out, err, Path.of("").toAbsolutePath()));
        if (plain != null) {
            return runPlain(plain, out, err);
        }
        String quick = quick(args);
        if (quick != null) {
            return runQuick(quick, in, out, err);
        }
        return run(args, in, out, err, args.length == 0 || !SUBCOMMANDS.contains(args[0]));
    }

    /**
     * Runs a {@code check} read without picocli ({@link CheckCommand#plain}), as picocli's
     * {@code execute} would: its status, or an exception's one line on standard error and status 2.
     */
    private static int runPlain(CheckCommand check, PrintStream out, PrintStream err) {
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return check.callPlain();
        } catch (Exception e) {
            return fail(errWriter, e instanceof org.igfreport.internal.batch.BatchException
                    ? e.getMessage() : Texts.format("cli.internal-error", e));
        } finally {
            out.flush();
        }
    }

    /**
     * Runs a {@link #quick} command as picocli would: the version line as {@code printVersionHelp} prints it
     * (the provider's line, no markup), or {@code rules}' output (an exception as picocli's execution
     * handler words it), in English: the language of a command line without {@code --locale}.
     */
    private static int runQuick(String quick, InputStream in, PrintStream out, PrintStream err) {
        try (Language.Scope words = Language.use(Language.DEFAULT)) {
            if (quick.equals("version")) {
                PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
                for (String line : new Version().getVersion()) {
                    w.println(line);
                }
                w.flush();
                return OK;
            }
            PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
            try {
                return new RulesCommand(new CliContext(in, out, err, Path.of("").toAbsolutePath())).call();
            } catch (Exception e) {
                return fail(errWriter, e instanceof org.igfreport.internal.batch.BatchException
                        ? e.getMessage() : Texts.format("cli.internal-error", e));
            } finally {
                out.flush();
            }
        }
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream)}, with every subcommand or only the first argument's. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean all) {
        // (the short way, CheckCommand.plain, takes no --locale: its only language is the configuration's)
        try (Language.Scope words = Language.use(language(args))) {
            return parse(args, in, out, err, all);
        }
    }

    private static int parse(String[] args, InputStream in, PrintStream out, PrintStream err, boolean all) {
        CliContext ctx = new CliContext(in, out, err, Path.of("").toAbsolutePath());
        CommandLine cl = new CommandLine(spec());
        String first = args.length > 0 ? args[0] : "";
        if (all || first.equals("check")) {
            cl.addSubcommand("check", CheckCommand.spec(ctx));
        }
        if (all || first.equals("templates")) {
            cl.addSubcommand("templates", new CommandLine(new TemplatesCommand(ctx))
                    .addSubcommand("import", new TemplateImportCommand(ctx)));
        }
        if (all || first.equals("rules")) {
            cl.addSubcommand("rules", new RulesCommand(ctx));
        }
        if (all || first.equals("explain")) {
            cl.addSubcommand("explain", new ExplainCommand(ctx));
        }
        if (all || first.equals("sentences")) {
            cl.addSubcommand("sentences", new SentencesCommand(ctx));
        }
        if (all || first.equals("extract")) {
            cl.addSubcommand("extract", new ExtractCommand(ctx));
        }
        if (all || first.equals("init")) {
            cl.addSubcommand("init", new InitCommand(ctx));
        }
        if (all || first.equals("summary")) {
            cl.addSubcommand("summary", new SummaryCommand(ctx));
        }
        if (all || first.equals("serve")) {
            cl.addSubcommand("serve", new ServeCommand(ctx));
        }
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, a) -> {
            String sub = e.getCommandLine().getCommandName();
            String help = sub.equals(Version.NAME) ? Version.NAME + " --help" : Version.NAME + " " + sub + " --help";
            return fail(cl.getErr(), Texts.format("cli.see-help", message(e), help));
        });
        cl.setExecutionExceptionHandler((e, c, p) -> fail(cl.getErr(), e instanceof org.igfreport.internal.batch.BatchException
                ? e.getMessage() : Texts.format("cli.internal-error", e)));
        try {
            return cl.execute(args);
        } finally {
            cl.getOut().flush();
            out.flush();
        }
    }

    /**
     * A parse error in the language in force: picocli builds its messages in English, so the common ones
     * (an unknown option, an unexpected argument, a missing parameter or option value) are worded again
     * from their parts; English keeps picocli's own words, and any other error stays as picocli wrote it.
     */
    static String message(CommandLine.ParameterException e) {
        if (Language.code(Language.current()).equals("en")) {
            return e.getMessage();
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            java.util.List<String> unmatched = u.getUnmatched();
            boolean options = unmatched.get(0).startsWith("-");
            StringBuilder quoted = new StringBuilder();
            for (String a : unmatched) {
                quoted.append(quoted.length() == 0 ? "" : ", ").append('\'').append(a).append('\'');
            }
            return Texts.format(options ? "cli.unknown-option" : "cli.unmatched-argument", unmatched.size(), quoted.toString());
        }
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            java.util.List<CommandLine.Model.ArgSpec> missing = m.getMissing();
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (missing.size() == 1 && missing.get(0) instanceof OptionSpec o && msg.startsWith("Missing required parameter for option")) {
                return Texts.format("cli.missing-value", o.longestName(), o.paramLabel());
            }
            StringBuilder names = new StringBuilder();
            boolean positional = true;
            for (CommandLine.Model.ArgSpec a : missing) {
                positional &= a.isPositional();
                names.append(names.length() == 0 ? "" : ", ").append('\'')
                        .append(a instanceof OptionSpec o ? o.longestName() : a.paramLabel()).append('\'');
            }
            return Texts.format(positional ? "cli.missing-parameter" : "cli.missing-option", missing.size(), names.toString());
        }
        return e.getMessage();
    }

    private static int fail(PrintWriter err, String message) {
        String line = message == null ? Texts.format("cli.unknown-error") : org.igfreport.internal.output.Escapes.prose(message).strip();
        err.println(Version.NAME + ": " + line);
        err.flush();
        return USAGE;
    }
}
