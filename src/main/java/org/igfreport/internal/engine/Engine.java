package org.igfreport.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.igfreport.internal.base.Facts;
import org.igfreport.internal.base.Finding;
import org.igfreport.internal.base.Limits;
import org.igfreport.internal.base.Location;
import org.igfreport.internal.base.Severity;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.document.Suppression;
import org.igfreport.internal.read.BudgetExceeded;
import org.igfreport.internal.read.ReadBudget;
import org.igfreport.internal.read.ReportReader;
import org.igfreport.internal.read.Readers;
import org.igfreport.internal.read.Unreadable;
import org.igfreport.internal.rule.InternalErrors;
import org.igfreport.internal.base.Messages;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.rule.RuleSet;
import org.igfreport.internal.rule.builtin.FactReader;
import org.igfreport.internal.rule.builtin.BuiltInRules;
import org.igfreport.internal.template.Detector;
import org.igfreport.internal.template.MappedReport;
import org.igfreport.internal.template.ReportSchemaCheck;
import org.igfreport.internal.template.Section;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateLoader;
import org.igfreport.internal.template.Templates;
import org.igfreport.internal.text.Item;
import org.igfreport.internal.text.Language;
import org.igfreport.internal.text.SentenceSegmenter;
import org.igfreport.internal.text.Tokens;

/**
 * What {@code org.igfreport.ReportValidator} does, on the core's own types: read a report, detect
 * its template, map it, run the rules and suppressions, and configure severities. The public
 * facade converts its {@link Outcome} into a {@code Outcome}. Immutable and thread-safe.
 */
public final class Engine {

    /** The rule id of the finding for documents that fit no template. */
    public static final String TEMPLATE_UNRECOGNIZED = "template-unrecognized";

    /** The rule id of the info finding for an inline suppression that suppresses nothing. */
    public static final String UNUSED_SUPPRESSION = "unused-suppression";

    /** The rule id of the info finding for a section whose only text is hidden. */
    public static final String HIDDEN_TEXT = "hidden-text";

    /** The templates to detect among, or {@code null} for the built-in ones, loaded when first needed. */
    private final Templates templates;
    private final Template fixed;
    /** The rules, or {@code null} for the built-in ones, loaded when first needed. */
    private final RuleSet rules;
    private final Function<String, ReportReader> readers;
    private final Map<String, Severity> severities;
    private final java.util.Set<String> disabled;
    private final Limits limits;
    /** The language of the reports' prose, or {@code null} to detect it per report. */
    private final Language language;

    private Engine(Builder b) {
        this.templates = b.templates;
        this.fixed = b.fixed;
        this.rules = b.rules;
        this.readers = b.readers;
        this.severities = Map.copyOf(b.severities);
        this.disabled = java.util.Set.copyOf(b.disabled);
        this.limits = b.limits;
        this.language = b.language;
    }

    /** @return a builder with the defaults: template {@code auto}, default severities, default limits */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the templates this validator knows */
    public Templates templates() {
        // the built-in ones are looked up here, not when the engine is built: a cold command line
        // builds its validators first and starts the check, which reads the report while the
        // templates and the rules are loaded (by the preload thread, or here)
        return templates != null ? templates : Templates.builtIn();
    }

    /** @return the templates this engine knows: the fixed one (if any) first, then those it detects among */
    public List<Template> known() {
        List<Template> out = new ArrayList<>();
        if (fixed != null) {
            out.add(fixed);
        }
        for (Template t : templates().all()) {
            if (fixed == null || !t.id().equals(fixed.id())) {
                out.add(t);
            }
        }
        return out;
    }

    /** @return the rules this validator runs */
    public RuleSet rules() {
        return rules != null ? rules : BuiltInRules.ruleSet();
    }

    /** @return the limits in force */
    public Limits limits() {
        return limits;
    }

    /**
     * Checks a report file.
     *
     * @param file the report (its extension decides the reader)
     * @return the result; a file that cannot be read gives an {@code input-unreadable} finding
     */
    public Outcome validate(Path file) {
        String name = file.toString();
        String format = readers.apply(name).format();
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                return unreadable(name, format, "too-large", megabytes(size), megabytes(limits.maxBytes()));
            }
            if (Files.isDirectory(file)) {
                return unreadable(name, format, "io", Messages.format("phrase.io.folder"));
            }
            return validate(readAllBytes(file), name);
        } catch (NoSuchFileException e) {
            return unreadable(name, format, "io", Messages.format("phrase.io.no-such-file"));
        } catch (java.nio.file.AccessDeniedException | SecurityException e) {
            return unreadable(name, format, "io", Messages.format("phrase.io.permission-denied"));
        } catch (IOException e) {
            return unreadable(name, format, "io", Unreadable.detail(e));
        }
    }

    /**
     * The bytes of a file, read through {@link java.io.FileInputStream}: {@link Files#readAllBytes} opens a
     * file channel, whose first use in a JVM loads two native libraries and the channel classes (a cold check
     * reads its report first thing). A file that stream cannot open is read again by {@code Files}, which
     * tells why (no such file, permission denied) with its own exceptions.
     */
    private static byte[] readAllBytes(Path file) throws IOException {
        java.io.FileInputStream in;
        try {
            in = new java.io.FileInputStream(file.toFile());
        } catch (java.io.FileNotFoundException | UnsupportedOperationException e) {
            return Files.readAllBytes(file);
        }
        try (in) {
            return in.readAllBytes();
        }
    }

    /**
     * Checks a report read from a stream (the stream is read to its end, not closed).
     *
     * @param in the report's bytes
     * @param name its file name (the extension decides the reader)
     * @return the result
     */
    public Outcome validate(InputStream in, String name) {
        String format = readers.apply(name).format();
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                return unreadable(name, format, "too-large", Messages.format("phrase.size.over", megabytes(limits.maxBytes())),
                        megabytes(limits.maxBytes()));
            }
            return validate(bytes, name);
        } catch (IOException e) {
            return unreadable(name, format, "io", Unreadable.detail(e));
        }
    }

    /**
     * Checks a report held in memory.
     *
     * @param content the report's bytes
     * @param name its file name (the extension decides the reader)
     * @return the result
     */
    public Outcome validate(byte[] content, String name) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(name, "name");
        ReportReader reader = readers.apply(name);
        String format = reader.format();
        if (content.length > limits.maxBytes()) {
            return unreadable(name, format, "too-large", megabytes(content.length), megabytes(limits.maxBytes()));
        }
        if (!Thread.currentThread().isInterrupted()) {
            Readers.warmUp(format); // once per JVM, not counted in the time budget (as in the readers)
        }
        ReadBudget clock = new ReadBudget(limits); // Limits.maxTime covers the whole call: reading and checking
        Document doc;
        try {
            doc = reader.read(content, name, limits);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return new Outcome(name, format, null, configure(List.of(InternalErrors.reader(format, name, e))),
                    Map.of());
        }
        return check(doc, clock);
    }

    /**
     * Checks a document a reader has already produced.
     *
     * @param doc the document
     * @return the result
     */
    public Outcome check(Document doc) {
        return check(doc, new ReadBudget(limits));
    }

    /**
     * Checks a document against the deadline of {@code clock} ({@link Limits#maxTime()} from the
     * start of the call): between detection, the schema check, the rules and suppressions, a call
     * over it stops with the reader's {@code too-slow} (or {@code interrupted}) finding.
     */
    private Outcome check(Document doc, ReadBudget clock) {
        if (doc.unreadable()) {
            return new Outcome(doc.name(), doc.format(), null, configure(doc.findings()), Map.of());
        }
        try {
            return checkTimed(doc, clock);
        } catch (BudgetExceeded e) {
            List<Finding> findings = new ArrayList<>(doc.findings());
            findings.add(e.finding());
            return new Outcome(doc.name(), doc.format(), null, configure(findings), Map.of());
        }
    }

    private Outcome checkTimed(Document doc, ReadBudget clock) {
        clock.checkTime();
        List<Template> candidates = fixed != null ? List.of(fixed) : templates().all();
        Detector.Detection d;
        try {
            d = Detector.detect(doc, candidates);
        } catch (RuntimeException | StackOverflowError e) {
            List<Finding> findings = new ArrayList<>(doc.findings());
            findings.add(InternalErrors.mapper(doc.name(), e));
            return new Outcome(doc.name(), doc.format(), null, configure(findings), Map.of());
        }
        List<Finding> findings = new ArrayList<>(doc.findings());
        if (!d.recognized()) {
            findings.add(unrecognized(d.closest()));
            return new Outcome(doc.name(), doc.format(), null, configure(findings), Map.of());
        }
        clock.checkTime();
        MappedReport report = d.report();
        segment(report, language);
        if (doc.isStructured()) {
            try {
                findings.addAll(ReportSchemaCheck.check(doc, report.template()));
            } catch (RuntimeException | StackOverflowError e) {
                findings.add(InternalErrors.rule(ReportSchemaCheck.RULE, doc.name(), e));
            }
        }
        clock.checkTime();
        findings.addAll(rules().check(report));
        findings.addAll(hiddenOnly(report, doc.hidden()));
        clock.checkTime();
        findings = suppress(findings, doc.suppressions());
        if ("docx".equals(doc.format())) {
            findings = WordCells.locate(findings, report);
        }
        return new Outcome(doc.name(), doc.format(), report.template().id(), configure(findings),
                summaries(report), facts(report));
    }

    /**
     * Counts the sentences of the report's items with the segmenter of its language: the given
     * one, or the one detected from the items' text ({@link Language#detect}). The template's
     * labels are English and are not looked at. English items are counted when first asked.
     */
    static Language segment(MappedReport report, Language fixed) {
        Language lang = fixed;
        if (lang == null) {
            // the items' text joined by new lines, counted piece by piece (Language.Detection)
            Language.Detection prose = new Language.Detection();
            for (Section s : report.sections().values()) {
                for (Item item : s.items()) {
                    if (prose.full()) {
                        break;
                    }
                    prose.add(item.text()).add('\n');
                }
            }
            lang = prose.language();
        }
        if (lang != Language.ENGLISH) {
            SentenceSegmenter seg = SentenceSegmenter.of(lang);
            for (Section s : report.sections().values()) {
                for (Item item : s.items()) {
                    item.countSentences(seg);
                }
            }
        }
        return lang;
    }

    /** The values the report states; none when reading them fails (the rules report the report's problems). */
    private static Facts facts(MappedReport report) {
        try {
            return FactReader.read(report);
        } catch (RuntimeException e) {
            return Facts.NONE;
        }
    }

    /**
     * An info finding for each section with no content where the reader dropped hidden text
     * ({@link Document#hidden()}) between its label and the next section's label: the rapporteur
     * may believe the section is filled in, but readers of the report see nothing there.
     */
    static List<Finding> hiddenOnly(MappedReport report, List<Location> hidden) {
        if (hidden.isEmpty()) {
            return List.of();
        }
        List<Section> sections = new ArrayList<>(report.sections().values());
        sections.sort((a, b) -> compare(a.label(), b.label()));
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (!s.isEmpty()) {
                continue;
            }
            Location next = i + 1 < sections.size() ? sections.get(i + 1).label() : null;
            for (Location h : hidden) {
                if (compare(h, s.label()) >= 0 && (next == null || compare(h, next) < 0)) {
                    out.add(Finding.of(HIDDEN_TEXT, Severity.INFO, s.id(), h, "", null, HIDDEN_TEXT, s.def().label()));
                    break;
                }
            }
        }
        return out;
    }

    /** Document order: page (none first), then line. */
    private static int compare(Location a, Location b) {
        int pa = a.page() == null ? 0 : a.page();
        int pb = b.page() == null ? 0 : b.page();
        return pa != pb ? Integer.compare(pa, pb) : Integer.compare(a.line(), b.line());
    }

    /**
     * Drops the findings an inline suppression covers; a suppression that covers nothing is
     * itself reported ({@code unused-suppression}, info), so stale comments do not pile up.
     */
    private static List<Finding> suppress(List<Finding> findings, List<Suppression> suppressions) {
        if (suppressions.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Finding f : findings) {
            boolean covered = false;
            for (int i = 0; i < suppressions.size(); i++) {
                Suppression s = suppressions.get(i);
                if (s.covers(f.rule(), f.location().line())) {
                    covered = true;
                    used.add(i + (s.rules().isEmpty() ? "" : ":" + f.rule()));
                }
            }
            if (!covered) {
                out.add(f);
            }
        }
        for (int i = 0; i < suppressions.size(); i++) {
            Suppression s = suppressions.get(i);
            List<String> ids = s.rules().isEmpty() ? List.of("") : s.rules().stream().sorted().toList();
            for (String id : ids) {
                if (!used.contains(i + (id.isEmpty() ? "" : ":" + id))) {
                    out.add(Finding.of(UNUSED_SUPPRESSION, Severity.INFO, null, s.location(), "", null,
                            UNUSED_SUPPRESSION, id.isEmpty() ? Messages.format("phrase.suppression.every-rule") : id));
                }
            }
        }
        return out;
    }

    private Finding unrecognized(MappedReport closest) {
        String found;
        String id;
        int n = 0;
        int total = 0;
        if (closest == null) {
            found = Messages.format("phrase.template.none");
            id = Messages.format("phrase.template.no-id");
        } else {
            id = closest.template().id();
            n = closest.sections().size();
            total = closest.template().sections().size();
            found = n == 0 ? Messages.format("phrase.template.no-labels")
                    : Messages.format("phrase.template.labels", String.join(", ", closest.sections().keySet()));
        }
        return Finding.of(TEMPLATE_UNRECOGNIZED, Severity.ERROR, null, Location.START, "", null,
                TEMPLATE_UNRECOGNIZED, found, id, n, total);
    }

    private static Map<String, Outcome.Counts> summaries(MappedReport report) {
        Map<String, Outcome.Counts> out = new LinkedHashMap<>();
        for (Section s : report.sections().values()) {
            List<Integer> sentences = new ArrayList<>();
            int words = 0;
            for (Item item : s.items()) {
                sentences.add(item.sentences());
            }
            for (var p : s.paragraphs()) {
                for (var line : p.lines()) {
                    words += Tokens.count(line.text()); // no word spans a line break
                }
            }
            out.put(s.id(), new Outcome.Counts(s.label().line(), s.label().page(), s.items().size(),
                    s.paragraphs().size(), sentences, words));
        }
        return out;
    }

    private List<Finding> configure(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (disabled.contains(f.rule())) {
                continue;
            }
            Severity s = severities.get(f.rule());
            out.add(s == null ? f : f.withSeverity(s));
        }
        return out;
    }

    /**
     * The result of a check that threw although no component should (the facade's guarantee that
     * checking never throws): an {@code internal-error} finding naming the checker; the stack trace
     * is logged.
     *
     * @param name the report's name
     * @param e what was thrown
     * @return the result
     */
    public Outcome failed(String name, Throwable e) {
        return new Outcome(name, Readers.forName(name).format(), null,
                configure(List.of(InternalErrors.checker(name, e))), Map.of());
    }

    /**
     * The result of a report whose check a host stopped waiting for after {@link Limits#maxTime()}
     * (the batch runner's time budget), or never started because earlier reports held every thread.
     *
     * @param name the report's name as shown
     * @param started whether its check had started
     * @return the result: an {@code input-unreadable} finding naming the time limit
     */
    public Outcome notChecked(String name, boolean started) {
        String limit = Unreadable.duration(limits.maxTime());
        return new Outcome(name, Readers.forName(name).format(), null, configure(List.of(started
                ? Unreadable.finding("not-checked", limit) : Unreadable.finding("no-thread-left", limit))), Map.of());
    }

    private Outcome unreadable(String name, String format, String reason, Object... args) {
        return new Outcome(name, format, null, configure(List.of(Unreadable.finding(reason, args))), Map.of());
    }

    private static String megabytes(long bytes) {
        return Messages.format("phrase.size.megabytes",
                String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }

    /** {@link Readers#forName}, as a class (a method reference is a call site linked at start-up). */
    private static final Function<String, ReportReader> BY_EXTENSION = new Function<>() {
        @Override
        public ReportReader apply(String name) {
            return Readers.forName(name);
        }
    };

    /** Builds an {@link Engine}. Not thread-safe; the validator it builds is. */
    public static final class Builder {
        private Templates templates; // null: the built-in ones (Engine#templates)
        private Template fixed;
        private final Map<String, Severity> severities = new HashMap<>();
        private final java.util.Set<String> disabled = new java.util.HashSet<>();
        private Limits limits = Limits.DEFAULTS;
        private RuleSet rules; // null: the built-in ones (Engine#rules)
        private Function<String, ReportReader> readers = BY_EXTENSION;
        private Language language;

        private Builder() {
        }

        /**
         * @param lang the language of the reports' prose, whose segmenter counts sentences, or
         *     {@code null} (the default) to detect it from each report's text
         * @return this builder
         */
        public Builder language(Language lang) {
            this.language = lang;
            return this;
        }

        /**
         * @param newRules the rules to run instead of the built-in ones (tests)
         * @return this builder
         */
        public Builder rules(RuleSet newRules) {
            this.rules = Objects.requireNonNull(newRules);
            return this;
        }

        /**
         * @param byName the reader for a file name instead of the built-in choice by extension (tests)
         * @return this builder
         */
        public Builder readers(Function<String, ReportReader> byName) {
            this.readers = Objects.requireNonNull(byName);
            return this;
        }

        /**
         * The template to check against: {@code auto} (detect it), a template id, or the path of a
         * template file.
         *
         * @param idOrPath {@code auto}, a template id or a file path
         * @return this builder
         * @throws IllegalArgumentException for an unknown id
         * @throws org.igfreport.internal.template.TemplateException for a template file that is not valid
         */
        public Builder template(String idOrPath) {
            if (idOrPath == null || idOrPath.equals("auto")) {
                fixed = null;
                return this;
            }
            Templates known = templates != null ? templates : Templates.builtIn();
            var byId = known.byId(idOrPath);
            if (byId.isPresent()) {
                fixed = byId.get();
                return this;
            }
            Path p = Path.of(idOrPath);
            if (Files.isRegularFile(p)) {
                fixed = TemplateLoader.load(p);
                return this;
            }
            throw new IllegalArgumentException(Texts.format("template.unknown-id", idOrPath,
                    String.join(", ", known.ids())));
        }

        /**
         * @param template a template to check against
         * @return this builder
         */
        public Builder template(Template template) {
            this.fixed = template;
            return this;
        }

        /**
         * @param registry the templates to detect among (default: the built-in ones)
         * @return this builder
         */
        public Builder templates(Templates registry) {
            this.templates = Objects.requireNonNull(registry);
            return this;
        }

        /**
         * @param ruleId a rule id
         * @param severity the severity to report its findings at
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(ruleId, Objects.requireNonNull(severity));
            disabled.remove(ruleId);
            return this;
        }

        /**
         * @param ruleId a rule id whose findings are not reported
         * @return this builder
         */
        public Builder disable(String ruleId) {
            disabled.add(ruleId);
            severities.remove(ruleId);
            return this;
        }

        /**
         * @param newLimits the limits (file size, pages, nesting, aliases)
         * @return this builder
         */
        public Builder limits(Limits newLimits) {
            this.limits = Objects.requireNonNull(newLimits);
            return this;
        }

        /** @return the validator */
        public Engine build() {
            return new Engine(this);
        }
    }
}
