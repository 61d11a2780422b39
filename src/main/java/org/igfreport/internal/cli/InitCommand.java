package org.igfreport.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateException;
import org.igfreport.internal.template.TemplateLoader;
import org.igfreport.internal.template.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code igf-report init --template ID|FILE [--format md|docx|txt|yaml] [-o FILE]}: a blank
 * report to fill in ({@link BlankReport}), on standard output or in a new file: an existing
 * file is never overwritten, and the file is written atomically.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class InitCommand implements Callable<Integer> {

    @Option(names = "--template", paramLabel = "ID|FILE", required = true)
    String template;

    @Option(names = "--format", paramLabel = "FORMAT")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    private final CliContext ctx;

    InitCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws java.io.IOException {
        BlankReport.Format f = format();
        byte[] bytes = BlankReport.render(template(), f);
        ctx.writeNew(output, bytes);
        return Main.OK;
    }

    /** The format named, else the one of the output file's extension, else Markdown. */
    private BlankReport.Format format() {
        String name = format;
        if (name == null && output != null) {
            String file = output.getFileName().toString();
            int dot = file.lastIndexOf('.');
            name = dot < 0 ? "" : file.substring(dot + 1);
            BlankReport.Format byExtension = BlankReport.Format.of(name);
            return byExtension == null ? BlankReport.Format.MD : byExtension;
        }
        if (name == null) {
            return BlankReport.Format.MD;
        }
        BlankReport.Format f = BlankReport.Format.of(name);
        if (f == null) {
            throw new UsageException(Texts.format("cli.unknown-format-for", format, "init", "md, docx, txt, yaml"));
        }
        return f;
    }

    private Template template() {
        Templates all = Templates.builtIn();
        var byId = all.byId(template);
        if (byId.isPresent()) {
            return byId.get();
        }
        Path p = ctx.cwd().resolve(template);
        if (!Files.isRegularFile(p)) {
            throw new UsageException(Texts.format("template.unknown-id", template, String.join(", ", all.ids())));
        }
        try {
            return TemplateLoader.load(p);
        } catch (TemplateException e) {
            throw new UsageException(Texts.format("template.bad-file", e.getMessage()));
        }
    }

}
