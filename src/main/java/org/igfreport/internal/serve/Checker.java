package org.igfreport.internal.serve;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.igfreport.Limits;
import org.igfreport.ReportResult;
import org.igfreport.internal.base.Language;
import org.igfreport.internal.batch.BatchCheck;
import org.igfreport.internal.batch.CiFilters;
import org.igfreport.internal.batch.Config;
import org.igfreport.internal.batch.Validators;
import org.igfreport.internal.extract.Extractor;
import org.igfreport.internal.output.Format;
import org.igfreport.internal.output.ReportWriter;
import org.igfreport.internal.output.Run;
import org.igfreport.internal.output.Summary;
import org.igfreport.internal.output.WriterOptions;
import org.igfreport.internal.read.Readers;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.Templates;

/**
 * What {@code serve} checks with: the configuration, templates and limits that {@code check} would
 * use in the server's working folder, set up once; then one report's bytes at a time, checked as
 * {@code check --format FORMAT NAME} checks the file {@code NAME} (the same validators, the same
 * time budget on a {@link org.igfreport.internal.batch.BatchRunner}, the configuration's
 * suppressions, the same writers), so the output is byte for byte the command's. Nothing here
 * touches the file system after construction; thread-safe (each call has its own writer and filters).
 */
public final class Checker {

    /** The template choice that lets the checker detect the template (or the configuration pick it). */
    public static final String AUTO = "auto";

    private final Config cfg;
    private final Path configFile;
    private final Path cwd;
    private final Locale fixed;
    private final Map<Locale, Words> byLanguage;
    private final List<Template> builtIn;
    private final List<Template> all;

    /**
     * What a language changes: the validators (their findings' messages) and the run (the rule catalogue
     * the outputs list), made under that language as {@code check --locale X} makes them.
     */
    private record Words(Map<String, Validators> byTemplate, Run run) {
    }

    /**
     * @param cfg the configuration ({@link Config#NONE} without a file)
     * @param configFile the configuration file, or {@code null}
     * @param cwd the working folder (report names are relative to it, as the command's paths are)
     * @param limits the limits in force (the configuration's)
     * @param toolName the tool's name
     * @param toolVersion the tool's version
     * @param fixed the server's language ({@code --locale}, else the configuration's {@code locale:}), or
     *     {@code null} to follow each request's ({@link #language()})
     */
    public Checker(Config cfg, Path configFile, Path cwd, Limits limits, String toolName, String toolVersion,
            Locale fixed) {
        this.cfg = cfg;
        this.configFile = configFile;
        this.cwd = cwd.toAbsolutePath().normalize();
        this.fixed = fixed == null ? null : Language.supported(fixed);
        Path configDir = configFile == null ? this.cwd : configFile.toAbsolutePath().getParent();
        this.builtIn = Templates.builtIn().all();
        // every language the tool speaks, made now: nothing touches the file system after construction
        Map<Locale, Words> words = new LinkedHashMap<>();
        List<Template> own = List.of();
        for (String code : Language.CODES) {
            Locale language = Language.of(code);
            try (Language.Scope scope = Language.use(language)) {
                Map<String, Validators> v = new LinkedHashMap<>();
                Validators fallback = new Validators(cfg, configDir, null, this.cwd, limits);
                v.put(AUTO, fallback);
                for (Template t : builtIn) {
                    v.put(t.id(), new Validators(cfg, configDir, t.id(), this.cwd, limits));
                }
                own = fallback.ownTemplates();
                Run run = new Run(toolName, toolVersion, null, this.cwd, BatchCheck.catalogue(),
                        BatchCheck.sections(own), BatchCheck.failOn(cfg.failOn()));
                words.put(language, new Words(Map.copyOf(v), run));
            }
        }
        this.byLanguage = Map.copyOf(words);
        List<Template> every = new ArrayList<>(builtIn);
        every.addAll(own);
        this.all = List.copyOf(every);
    }

    /** @return the server's own language ({@code --locale} or {@code locale:}), or {@code null} when it has none */
    public Locale fixedLanguage() {
        return fixed;
    }

    /** @return what the current thread's language ({@link Language#current()}) checks and writes with */
    private Words words() {
        return byLanguage.get(Language.supported(Language.current()));
    }

    /** @return the template choices a request may name: {@code auto} and the built-in ids */
    public List<String> templateChoices() {
        List<String> out = new ArrayList<>();
        out.add(AUTO);
        for (Template t : builtIn) {
            out.add(t.id());
        }
        return out;
    }

    /** @return the built-in templates, oldest first */
    public List<Template> templates() {
        return builtIn;
    }

    /**
     * @param templateId a template's id (built-in or the configuration's own)
     * @return the template, or {@code null}
     */
    public Template template(String templateId) {
        for (Template t : all) {
            if (t.id().equals(templateId)) {
                return t;
            }
        }
        return null;
    }

    /** @return the run every result is written in (catalogue, template sections, fail-on), in the current language */
    public Run run() {
        return words().run();
    }

    /** @return the limits in force */
    public Limits limits() {
        return words().byTemplate().get(AUTO).limits();
    }

    /**
     * @param template a template choice, or {@code null} for {@code auto}
     * @return whether a request may name it
     */
    public boolean knows(String template) {
        return template == null || words().byTemplate().containsKey(template);
    }

    /**
     * Checks one report as {@code check} checks the file of that name in the working folder, in the current
     * thread's language ({@code check --locale X}).
     *
     * @param content the report's bytes
     * @param name its file name (no folder: see {@link WebServer#fileName})
     * @param template a template choice ({@link #knows}), or {@code null}
     * @return the results as the command writes them: the report's, then the configuration's
     *     {@code unused-suppression} result when there is one
     * @throws IOException never in practice (the results are kept in memory)
     */
    public List<ReportResult> check(byte[] content, String name, String template) throws IOException {
        Validators validators = words().byTemplate().get(template == null ? AUTO : template);
        CiFilters ci = new CiFilters(cfg, configFile, cwd, null, null);
        List<ReportResult> out = new ArrayList<>(2);
        BatchCheck.runStream(validators, cwd, new ByteArrayInputStream(content), name, r -> out.add(ci.apply(r)));
        out.addAll(ci.finish());
        return out;
    }

    /**
     * @param results results from {@link #check}
     * @param format an output format
     * @return the results written in it, as the command writes them to standard output
     * @throws IOException never in practice (written to memory)
     */
    public byte[] write(List<ReportResult> results, Format format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        ReportWriter writer = format.writer(bytes, WriterOptions.PLAIN);
        writer.begin(run());
        Summary summary = Summary.EMPTY;
        for (int i = 0; i < results.size(); i++) {
            // the report, then the configuration file's unused suppressions (not a report checked), as check counts them
            ReportResult r = results.get(i);
            writer.report(r);
            summary = i == 0 ? summary.plus(r) : summary.plusNotChecked(r);
        }
        writer.end(summary);
        return bytes.toByteArray();
    }

    /**
     * The report as {@code extract} gives it: read under the same limits as {@link #check} (the
     * configuration's size, page, depth and work limits, and its time budget) and mapped onto the
     * template chosen or detected.
     *
     * @param content the report's bytes
     * @param name its file name
     * @param template a template choice, or {@code null}
     * @param format YAML or JSON
     * @return the structured report
     * @throws Extractor.ExtractException when it is unreadable or fits no template
     */
    public String extract(byte[] content, String name, String template, Extractor.Format format)
            throws Extractor.ExtractException {
        List<Template> candidates = builtIn;
        if (template != null && !template.equals(AUTO)) {
            candidates = List.of(Templates.builtIn().byId(template).orElseThrow());
        }
        return Extractor.extract(content, name, candidates, format, readLimits(limits()));
    }

    /**
     * @param l limits of the public API (the configuration's, with the command line's over them)
     * @return them as the readers take them (all of them, as the validators pass them); {@code extract} too
     */
    public static org.igfreport.internal.base.Limits readLimits(Limits l) {
        return new org.igfreport.internal.base.Limits(l.maxBytes(), l.maxPages(), l.maxDepth(), l.maxAliases(),
                l.maxTime(), l.maxOperators(), l.maxPageOperators(), l.maxGlyphs(), l.maxPageGlyphs(), l.maxFormCalls(),
                l.maxInflated(), l.maxNodes(), l.maxWordElements());
    }

    /**
     * @param name a file name
     * @return whether it names a report format the checker reads (its extension)
     */
    public static boolean readable(String name) {
        return Readers.isReport(name);
    }

}
