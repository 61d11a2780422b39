package org.igfreport.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.igfreport.RuleDescription;
import org.igfreport.internal.base.Language;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.batch.BatchCheck;
import org.igfreport.internal.batch.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code igf-report serve [--port 8080] [--bind 127.0.0.1] [--config FILE]}: the web page and JSON
 * API ({@link org.igfreport.internal.serve.WebServer}), with the configuration {@code check} would
 * find in the working folder. Prints the address on standard output, then serves until stopped.
 * Only this command loads the server's classes (Jetty): {@code check} never does.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS")
    String bind = "127.0.0.1";

    @Option(names = "--config", paramLabel = "FILE")
    Path config;

    @Option(names = "--workers", paramLabel = "N")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N")
    int queue = 64;

    @Option(names = "--cors", paramLabel = "ORIGIN")
    String cors;

    /** The command as picocli built it: for the inherited {@code --locale}. */
    @Spec
    CommandSpec spec;

    private final CliContext ctx;

    ServeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException(Texts.format("cli.see-help", "--port " + port, Version.NAME + " serve --help"));
        }
        Path configFile;
        if (config != null) {
            configFile = ctx.cwd().resolve(config);
            if (!Files.isRegularFile(configFile)) {
                throw new UsageException(Texts.format("cli.no-config", config));
            }
        } else {
            configFile = Config.find(ctx.cwd());
        }
        Set<String> ruleIds = new HashSet<>();
        for (RuleDescription r : BatchCheck.catalogue()) {
            ruleIds.add(r.id());
        }
        Config cfg = configFile == null ? Config.NONE : Config.load(configFile, ruleIds);
        // the server's language: --locale, else the configuration's locale:; without either, each request's
        // (?locale=, else its Accept-Language)
        OptionSpec option = spec.findOption("--locale");
        Locale locale = option == null ? null : option.getValue();
        Locale fixed = locale != null ? locale : cfg.locale() != null ? Language.of(cfg.locale()) : null;
        org.igfreport.internal.serve.Checker checker = new org.igfreport.internal.serve.Checker(cfg, configFile,
                ctx.cwd(), cfg.limits(), Version.NAME, Version.current(), fixed);
        int n = workers != null ? Math.max(1, workers) : Math.max(2, Runtime.getRuntime().availableProcessors());
        org.igfreport.internal.serve.WebServer server = new org.igfreport.internal.serve.WebServer(checker,
                new org.igfreport.internal.serve.WebServer.Settings(bind, port, n, Math.max(1, queue), cors), ctx.err());
        String address;
        try {
            address = server.start();
        } catch (Exception e) {
            server.stop();
            throw new UsageException(Texts.format("serve.cannot-start", bind, String.valueOf(port),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        ctx.out().println(Texts.format("serve.listening", address));
        ctx.out().flush();
        server.join();
        return Main.OK;
    }
}
