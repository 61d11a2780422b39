package org.igfreport.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.read.Decoding;
import org.igfreport.internal.text.Language;
import org.igfreport.internal.text.SentenceSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code igf-report sentences [FILE|-]}: the sentences of a text as the checker counts them, one
 * per line (white space inside a sentence shown as one space), or with {@code --format json} a
 * JSON array of the sentences as they are in the text. {@code --lang} picks the language's
 * abbreviations (default: detected from the text, as {@code check} does).
 */
@Command(name = "sentences", mixinStandardHelpOptions = true, versionProvider = Version.class)
final class SentencesCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE|-", descriptionKey = "file")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT")
    String format = "text";

    @Option(names = "--lang", paramLabel = "auto|en|fr|es")
    String lang = "auto";

    private final CliContext ctx;

    SentencesCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        java.io.PrintWriter out = ctx.text();
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException(Texts.format("cli.unknown-format-for", format, "sentences", "text, json"));
        }
        Decoding.Result decoded = Decoding.decode(read());
        if (decoded.text() == null) {
            throw new UsageException(Texts.format("cli.not-text", file == null ? Texts.format("cli.standard-input") : file));
        }
        String text = decoded.text();
        String l = lang.strip().toLowerCase(java.util.Locale.ROOT);
        Language language = l.equals("auto") ? Language.detect(text)
                : Language.of(l).orElseThrow(() -> new UsageException(Texts.format("config.unknown-language", lang)));
        List<String> sentences = SentenceSegmenter.of(language).split(text).stream().map(s -> s.text(text)).toList();
        if (format.equals("json")) {
            out.println(JsonMapper.shared().writeValueAsString(sentences));
        } else {
            for (String s : sentences) {
                out.println(s.strip().replaceAll("\\s+", " "));
            }
        }
        out.flush();
        return Main.OK;
    }

    private byte[] read() throws IOException {
        if (file == null || file.equals("-")) {
            InputStream in = ctx.in();
            return in.readAllBytes();
        }
        Path p = ctx.cwd().resolve(file);
        if (!Files.isRegularFile(p)) {
            throw new UsageException(Texts.format("cli.no-file", file));
        }
        return Files.readAllBytes(p);
    }
}
