package org.igfreport.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.read.Decoding;
import org.igfreport.internal.read.PdfReader;
import org.igfreport.internal.read.Readers;
import org.igfreport.internal.read.ReportReader;
import org.igfreport.internal.template.FormImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code igf-report templates import FORM [-o TEMPLATE.yaml]}: a template drafted from a blank
 * or filled form ({@link FormImport}), on standard output or in a new file (never over an
 * existing one, written atomically).
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class TemplateImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FORM", descriptionKey = "form")
    Path form;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Option(names = "--id", paramLabel = "ID")
    String id;

    @Option(names = "--year", paramLabel = "YEAR")
    Integer year;

    @Option(names = "--title", paramLabel = "TITLE")
    String title;

    private final CliContext ctx;

    TemplateImportCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        Path in = ctx.cwd().resolve(form);
        if (!Files.isRegularFile(in)) {
            throw new UsageException(Texts.format("cli.no-file", form));
        }
        String name = in.getFileName().toString();
        byte[] content = Files.readAllBytes(in);
        ReportReader reader = Readers.forName(name);
        // a PDF label cell whole, one line per paragraph (the label, then its hint), as Word gives it
        Document doc = (reader instanceof PdfReader ? PdfReader.forForms() : reader).read(content, name, Limits.DEFAULTS);
        if (doc.unreadable()) {
            for (Finding f : doc.findings()) {
                ctx.err().println(form + ": " + f.message());
            }
            return Main.FINDINGS;
        }
        // a Markdown or text form's hints are comment lines, which the readers skip
        Map<Integer, String> comments = doc.format().equals("markdown") || doc.format().equals("text")
                ? FormImport.comments(Decoding.decode(content).text()) : Map.of();
        byte[] bytes = FormImport.draft(doc, comments, id, year, title).getBytes(StandardCharsets.UTF_8);
        ctx.writeNew(output, bytes);
        return Main.OK;
    }
}
