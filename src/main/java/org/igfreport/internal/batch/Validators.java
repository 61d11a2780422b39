package org.igfreport.internal.batch;

import org.igfreport.internal.base.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfreport.Limits;
import org.igfreport.ReportValidator;
import org.igfreport.Severity;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateException;
import org.igfreport.internal.template.TemplateLoader;
import org.igfreport.internal.template.SchemaCheck;
import org.igfreport.internal.template.Templates;
import tools.jackson.databind.JsonNode;

/**
 * The validators of a run, made from the configuration: one per template in use, all with the
 * configuration's rule severities and limits. The default template applies to every report but
 * those an override's glob matches ({@code templates:} in the configuration file, relative to
 * the file's folder, first match wins); a template given on the command line wins over both.
 * Immutable once built; the validators are thread-safe. They word their findings in the language in
 * force where they are made ({@link org.igfreport.internal.base.Language#current()}).
 */
public final class Validators {

    private record Override(Glob glob, String pattern, ReportValidator validator) {
    }

    private final ReportValidator fallback;
    private final List<Override> overrides;
    private final Path overrideBase;
    private final List<Template> own;
    private final Limits limits;

    /**
     * @param cfg the configuration
     * @param configDir the configuration file's folder (template files and override globs are
     *     relative to it), or the working folder when there is no file
     * @param forced a template (id, {@code auto} or file) given on the command line, or {@code null}
     * @param cwd the working folder (a forced template file is relative to it)
     * @param limits the limits in force
     * @throws BatchException for an unknown template or a bad template file
     */
    public Validators(Config cfg, Path configDir, String forced, Path cwd, Limits limits) {
        this.limits = limits;
        this.overrideBase = configDir.toAbsolutePath().normalize();
        List<Template> ownTemplates = new ArrayList<>();
        Map<String, ReportValidator> bySpec = new LinkedHashMap<>();
        if (forced != null) {
            fallback = make(cfg, forced, cwd, ownTemplates);
            overrides = List.of();
        } else {
            fallback = make(cfg, cfg.template(), configDir, ownTemplates);
            List<Override> list = new ArrayList<>();
            for (Map.Entry<String, String> e : cfg.templates().entrySet()) {
                ReportValidator v = bySpec.computeIfAbsent(e.getValue(), spec -> make(cfg, spec, configDir, ownTemplates));
                Glob glob;
                try {
                    glob = Glob.compile(e.getKey());
                } catch (IllegalArgumentException ex) {
                    throw new BatchException("templates: " + ex.getMessage());
                }
                list.add(new Override(glob, e.getKey(), v));
            }
            overrides = List.copyOf(list);
        }
        own = List.copyOf(ownTemplates);
    }

    /**
     * @param report a report's path (absolute, or relative to the working folder the run started in)
     * @return the validator for it
     */
    public ReportValidator forReport(Path report) {
        if (overrides.isEmpty()) {
            return fallback;
        }
        Path abs = report.toAbsolutePath().normalize();
        if (abs.startsWith(overrideBase)) {
            Path rel = overrideBase.relativize(abs);
            for (Override o : overrides) {
                if (o.glob().matches(rel)) {
                    return o.validator();
                }
            }
        }
        return fallback;
    }

    /** @return the users' own template files in use (for writers that list template sections) */
    public List<Template> ownTemplates() {
        return own;
    }

    /** @return the limits in force */
    public Limits limits() {
        return limits;
    }

    private static final String NOT_A_TEMPLATE = "validators.not-a-template";

    /** Whether a file is a YAML mapping with a template's id or sections (so its problems may be quoted). */
    private static boolean looksLikeTemplate(Path file) {
        try {
            if (Files.size(file) > 4L * 1024 * 1024) {
                return false;
            }
            JsonNode root = SchemaCheck.read(Files.readString(file, StandardCharsets.UTF_8), true);
            return root != null && root.isObject() && root.has("id") && root.has("sections");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private ReportValidator make(Config cfg, String spec, Path base, List<Template> ownTemplates) {
        // the findings in the language in force (--locale, locale:, the Maven goal's locale), as the run's texts
        ReportValidator.Builder builder = ReportValidator.builder().limits(limits)
                .locale(org.igfreport.internal.base.Language.current());
        if (cfg.lang() != null) {
            builder.language(cfg.lang());
        }
        // the built-in templates are loaded here only for a template named (a cold check starts reading
        // the report before they are loaded, see Engine#templates)
        if (spec == null || spec.equals("auto") || Templates.builtIn().byId(spec).isPresent()) {
            builder.template(spec);
        } else {
            Templates templates = Templates.builtIn();
            Path file = base.resolve(spec);
            if (!Files.isRegularFile(file)) {
                throw new BatchException(Texts.format("template.unknown", spec, String.join(", ", templates.ids())));
            }
            try {
                Template t = TemplateLoader.load(file);
                builder.template(file);
                ownTemplates.add(t);
            } catch (TemplateException e) {
                // the loader's message may quote the file; a file that is not a template at all
                // (a password file named by mistake, or by a hostile configuration) is not quoted
                throw new BatchException(looksLikeTemplate(file) ? Texts.format("template.bad-file", e.getMessage())
                        : Texts.format("template.bad-file", ReportFinder.slashed(file) + ":" + e.line() + ": "
                                + Texts.format(NOT_A_TEMPLATE)));
            } catch (RuntimeException e) {
                throw new BatchException(Texts.format("template.bad-file", ReportFinder.slashed(file) + ": " + Texts.format(NOT_A_TEMPLATE)));
            }
        }
        for (Map.Entry<String, String> e : cfg.rules().entrySet()) {
            if (e.getValue().equals("off")) {
                builder.disable(e.getKey());
            } else {
                builder.severity(e.getKey(), Severity.of(e.getValue()));
            }
        }
        return builder.build();
    }
}
