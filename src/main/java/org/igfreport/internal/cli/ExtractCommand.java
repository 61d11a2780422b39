package org.igfreport.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.extract.Extractor;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateException;
import org.igfreport.internal.template.TemplateLoader;
import org.igfreport.internal.template.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code igf-report extract FILE [--format yaml|json]}: the report as the structured document
 * the checker understood, keyed by section id, on standard output (or {@code -o FILE}). A report
 * that cannot be read or fits no template prints what was found on standard error and exits 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Prints a report as the structured YAML (or JSON) document the checker understood.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The report (any format the checker reads).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "yaml (the default) or json.")
    String format = "yaml";

    @Option(names = "--template", paramLabel = "ID|auto|FILE", description = "The template (default: auto).")
    String template = "auto";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path output;

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
            throw new UsageException("unknown format '" + format + "' for extract; allowed: yaml, json");
        }
        Path in = ctx.cwd().resolve(file);
        if (!Files.isRegularFile(in)) {
            throw new UsageException("no such file: " + file);
        }
        String text;
        try {
            text = Extractor.extract(in, f, candidates());
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
            throw new UsageException("unknown template '" + template + "'; allowed: auto, " + String.join(", ", all.ids())
                    + ", or a template file");
        }
        try {
            return List.of(TemplateLoader.load(p));
        } catch (TemplateException e) {
            throw new UsageException("bad template file " + e.getMessage());
        }
    }
}
