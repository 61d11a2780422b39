package org.igfreport.internal.output;

import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.igfreport.Finding;
import org.igfreport.ReportResult;
import org.igfreport.Severity;
import org.igfreport.RuleDescription;
import tools.jackson.core.JsonGenerator;

/**
 * Writes SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it: one run whose
 * driver lists the rule catalogue, then one result per finding, streamed. Artifact URIs are
 * relative to the run's base folder ({@code %SRCROOT%}), regions use SARIF's exclusive end
 * column, and each result carries the finding's {@link Fingerprints fingerprint} (rule, section,
 * text and position among like findings, the same as the baseline's), so that an alert keeps its
 * identity when lines move.
 */
public final class SarifWriter implements ReportWriter {

    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";
    /** The schema URI written as {@code $schema}. */
    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The base URI id artifact locations are relative to. */
    public static final String SRCROOT = "%SRCROOT%";
    /** The key of igf-report's fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT = "igfReport/v2";

    private final JsonGenerator gen;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private Path base;

    /** @param out where to write, in UTF-8 (flushed, never closed) */
    public SarifWriter(OutputStream out) {
        this.gen = Json.generator(out);
    }

    @Override
    public void begin(Run run) {
        base = run.base();
        List<SarifModel.Rule> rules = run.rules().stream().map(SarifWriter::rule).toList();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        String version = run.toolVersion();
        String semantic = version.matches("\\d+\\.\\d+\\.\\d+([-+].*)?") ? version : null;
        gen.writeStartObject();
        gen.writeStringProperty("$schema", SCHEMA);
        gen.writeStringProperty("version", VERSION);
        gen.writeName("runs");
        gen.writeStartArray();
        gen.writeStartObject();
        gen.writePOJOProperty("tool", new SarifModel.Tool(new SarifModel.Driver(run.toolName(), version, semantic,
                run.informationUri(), rules)));
        gen.writePOJOProperty("originalUriBaseIds", Map.of(SRCROOT, new SarifModel.BaseUri(folderUri(base))));
        gen.writeStringProperty("columnKind", "utf16CodeUnits");
        String language = org.igfreport.internal.base.Language.code(org.igfreport.internal.base.Language.current());
        if (!language.equals("en")) {
            // SARIF's localized log: the language of the run's messages and rule texts (the default, absent, is en-US)
            gen.writeStringProperty("language", language);
        }
        gen.writeName("results");
        gen.writeStartArray();
    }

    @Override
    public void report(ReportResult result) {
        SarifModel.ArtifactLocation artifact = artifact(result.path());
        List<String> fingerprints = Fingerprints.of(result.findings());
        for (int i = 0; i < fingerprints.size(); i++) {
            gen.writePOJO(result(artifact, result.findings().get(i), fingerprints.get(i)));
        }
        gen.flush();
    }

    @Override
    public void end(Summary summary) {
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.close();
    }

    private SarifModel.Result result(SarifModel.ArtifactLocation artifact, Finding f, String fingerprint) {
        var l = f.location();
        var region = new SarifModel.Region(l.line(), l.column(), l.endLine(), l.endColumn() + 1);
        Map<String, Object> props = new LinkedHashMap<>();
        if (f.section() != null) {
            props.put("section", f.section());
        }
        if (l.page() != null) {
            props.put("page", l.page());
        }
        if (l.pointer() != null) {
            props.put("pointer", l.pointer());
        }
        if (l.row() != null) {
            props.put("row", l.row());
        }
        if (l.paragraph() != null) {
            props.put("paragraph", l.paragraph());
        }
        return new SarifModel.Result(f.rule(), ruleIndex.get(f.rule()), level(f.severity()),
                new SarifModel.Message(f.message()),
                List.of(new SarifModel.Location(new SarifModel.PhysicalLocation(artifact, region))),
                Map.of(FINGERPRINT, fingerprint), props.isEmpty() ? null : props);
    }

    private static SarifModel.Rule rule(RuleDescription r) {
        String help = r.summary() + (r.rationale() == null || r.rationale().isBlank() ? "" : " " + r.rationale());
        return new SarifModel.Rule(r.id(), camel(r.id()), new SarifModel.Message(r.summary()),
                new SarifModel.Message(r.rationale() == null || r.rationale().isBlank() ? r.summary() : r.rationale()),
                RulePages.uri(r.id()), new SarifModel.Help(help, page(r.id())),
                new SarifModel.Configuration(level(r.defaultSeverity())));
    }

    /** @return the rule's page (Markdown) in the language in force, the English one where it is not translated */
    private static String page(String ruleId) {
        java.util.Locale language = org.igfreport.internal.base.Language.current();
        java.util.Optional<String> translated = RulePages.text(ruleId, language);
        return translated.isPresent() ? translated.get() : RulePages.text(ruleId).orElse(null);
    }

    /**
     * @param s a severity
     * @return its SARIF level: {@code error}, {@code warning} or {@code note}
     */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Relative paths stay relative to {@code %SRCROOT%}; absolute ones inside it are made relative. */
    private SarifModel.ArtifactLocation artifact(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            Path abs = p.normalize();
            if (!abs.startsWith(base)) {
                return new SarifModel.ArtifactLocation(abs.toUri().toString(), null);
            }
            p = base.relativize(abs);
        }
        return new SarifModel.ArtifactLocation(encode(p.toString().replace('\\', '/')), SRCROOT);
    }

    private static String encode(String relative) {
        try {
            return new URI(null, null, relative, null).getRawPath();
        } catch (URISyntaxException e) {
            return relative;
        }
    }

    private static String folderUri(Path folder) {
        String uri = folder.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("[-_]")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }
}
