package org.igfreport.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.igfreport.RuleDescription;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.batch.AtomicOutput;
import org.igfreport.internal.batch.BatchCheck;
import org.igfreport.internal.batch.CiFilters;
import org.igfreport.internal.batch.Config;
import org.igfreport.internal.batch.ReportFinder;
import org.igfreport.internal.batch.Validators;
import org.igfreport.internal.output.Run;
import org.igfreport.internal.output.SummaryTotals;
import org.igfreport.internal.output.SummaryWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code igf-report summary PATH... [--format csv|json|html|markdown] [-o FILE]}: one row per
 * report (what it states and its findings) and the totals. The same folder search, configuration,
 * templates and limits as {@code check}, read by its code ({@link CheckCommand#configFile},
 * {@link CheckCommand#limits}); the exit status is 0 whatever the findings.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false)
final class SummaryCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT")
    String format = "csv";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Option(names = "--template", paramLabel = "ID|auto|FILE")
    String template;

    @Option(names = "--lang", paramLabel = "auto|en|fr|es")
    String lang;

    @Option(names = "--config", paramLabel = "FILE")
    Path config;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Option(names = "--debug")
    boolean debug;

    private final CliContext ctx;

    SummaryCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        SummaryWriter.Format f = SummaryWriter.Format.of(format).orElseThrow(() -> new UsageException(
                Texts.format("cli.unknown-format-for", format, "summary",
                        Arrays.stream(SummaryWriter.Format.values()).map(SummaryWriter.Format::id)
                                .collect(Collectors.joining(", ")))));
        CheckCommand check = settings();
        try (DebugLog log = new DebugLog(debug, ctx.err())) {
            List<RuleDescription> catalogue = BatchCheck.catalogue();
            Set<String> ruleIds = catalogue.stream().map(RuleDescription::id).collect(Collectors.toSet());
            Path configFile = check.configFile(paths.get(0));
            Config cfg = CheckCommand.withLang(configFile == null ? Config.NONE : Config.load(configFile, ruleIds), lang);
            Validators validators = new Validators(cfg,
                    configFile == null ? ctx.cwd() : configFile.toAbsolutePath().getParent(), template, ctx.cwd(),
                    check.limits(cfg.limits()));
            Path target = output == null ? null : ctx.cwd().resolve(output).normalize();
            List<Path> reports = new ReportFinder(List.of(), cfg.exclude(), target == null ? Set.of() : Set.of(target),
                    validators.limits().maxTime()).find(ctx.cwd(), paths);
            if (target != null && paths.stream().map(p -> ctx.cwd().resolve(ReportFinder.path(p))).anyMatch(target::equals)) {
                throw new UsageException(Texts.format("cli.output-is-report", output));
            }
            Run run = new Run(Version.NAME, Version.current(), null, ctx.cwd(), catalogue,
                    BatchCheck.sections(validators.ownTemplates()), null);
            // the configuration's suppressions apply as in check (no baseline: a summary counts every finding);
            // unused suppressions are check's to report, so finish() is not asked for them
            CiFilters ci = new CiFilters(cfg, configFile, ctx.cwd(), null, null);
            if (target == null) {
                write(f, run, reports, validators, ci, ctx.out());
                return Main.OK;
            }
            try (AtomicOutput out = new AtomicOutput(target)) {
                write(f, run, reports, validators, ci, out.stream());
                out.commit();
            }
            return Main.OK;
        }
    }

    private void write(SummaryWriter.Format f, Run run, List<Path> reports, Validators validators, CiFilters ci,
            OutputStream out) throws IOException {
        SummaryWriter writer = f.writer(out);
        SummaryTotals[] totals = {SummaryTotals.EMPTY};
        writer.begin(run);
        ProgressLine progress = ProgressLine.onTerminal(ctx.err(), quiet);
        BatchCheck.run(validators, ctx.cwd(), reports, Runtime.getRuntime().availableProcessors(), checked -> {
            org.igfreport.ReportResult r = ci.apply(checked);
            writer.report(r);
            totals[0] = totals[0].plus(r);
        }, progress);
        progress.clear();
        writer.end(totals[0]);
        out.flush();
    }

    /** The options {@code check} shares, in a check command whose code reads them. */
    private CheckCommand settings() {
        CheckCommand c = new CheckCommand(ctx);
        c.template = template;
        c.config = config;
        limitOptions.applyTo(c);
        return c;
    }
}
