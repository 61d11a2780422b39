package org.igfreport.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.igfreport.RuleDescription;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.batch.BatchCheck;
import org.igfreport.internal.batch.Config;
import org.igfreport.internal.extract.Extractor;
import org.igfreport.internal.serve.Checker;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateException;
import org.igfreport.internal.template.TemplateLoader;
import org.igfreport.internal.template.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code igf-report extract FILE [--format yaml|json]}: the report as the structured document
 * the checker understood, keyed by section id, on standard output (or {@code -o FILE}). A report
 * that cannot be read or fits no template prints what was found on standard error and exits 1.
 * It is read under {@code check}'s limits: the configuration's (the same search, or {@code --config}),
 * with the limit options over them, read by check's code ({@link CheckCommand#configFile},
 * {@link CheckCommand#limits}), as {@code serve}'s {@code /api/extract} reads under the configuration's.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT")
    String format = "yaml";

    @Option(names = "--template", paramLabel = "ID|auto|FILE")
    String template = "auto";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Option(names = "--config", paramLabel = "FILE")
    Path config;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    private final CliContext ctx;

    ExtractCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        Extractor.Format f;
        try {
            f = Extractor.Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(Texts.format("cli.unknown-format-for", format, "extract", "yaml, json"));
        }
        Path in = ctx.cwd().resolve(file);
        if (!Files.isRegularFile(in)) {
            throw new UsageException(Texts.format("cli.no-file", file));
        }
        // the configuration's limits, with the limit options over them: check's code reads them (as summary's)
        CheckCommand check = settings();
        Path configFile = check.configFile(file.toString());
        Set<String> ruleIds = new HashSet<>();
        for (RuleDescription r : BatchCheck.catalogue()) {
            ruleIds.add(r.id());
        }
        Config cfg = configFile == null ? Config.NONE : Config.load(configFile, ruleIds);
        org.igfreport.internal.base.Limits limits = Checker.readLimits(check.limits(cfg.limits()));
        String text;
        try {
            text = Extractor.extract(in, f, candidates(), limits);
        } catch (Extractor.ExtractException e) {
            for (Finding finding : e.findings()) {
                ctx.err().println(file + ":" + finding.location().line() + ": " + finding.severity().id() + " ["
                        + finding.rule() + "] " + finding.message());
            }
            if (e.findings().isEmpty()) {
                ctx.err().println(file + ": " + e.getMessage());
            }
            return Main.FINDINGS;
        }
        if (output == null) {
            java.io.PrintWriter out = ctx.text();
            out.print(text);
            out.flush();
        } else {
            try (org.igfreport.internal.batch.AtomicOutput out = new org.igfreport.internal.batch.AtomicOutput(ctx.cwd().resolve(output))) {
                out.stream().write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.commit();
            }
        }
        return Main.OK;
    }

    /** The options {@code check} shares, in a check command whose code reads them. */
    private CheckCommand settings() {
        CheckCommand c = new CheckCommand(ctx);
        c.config = config;
        limitOptions.applyTo(c);
        return c;
    }

    private List<Template> candidates() {
        Templates all = Templates.builtIn();
        if (template == null || template.equals("auto")) {
            return all.all();
        }
        var byId = all.byId(template);
        if (byId.isPresent()) {
            return List.of(byId.get());
        }
        Path p = ctx.cwd().resolve(template);
        if (!Files.isRegularFile(p)) {
            throw new UsageException(Texts.format("template.unknown", template, String.join(", ", all.ids())));
        }
        try {
            return List.of(TemplateLoader.load(p));
        } catch (TemplateException e) {
            throw new UsageException(Texts.format("template.bad-file", e.getMessage()));
        }
    }
}
