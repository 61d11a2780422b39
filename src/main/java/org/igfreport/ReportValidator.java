package org.igfreport;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.igfreport.internal.base.Language;
import org.igfreport.internal.base.Messages;
import org.igfreport.internal.base.Texts;
import org.igfreport.internal.document.Document;
import org.igfreport.internal.engine.Engine;
import org.igfreport.internal.engine.Outcome;
import org.igfreport.internal.read.ReportReader;
import org.igfreport.internal.rule.RuleInfo;
import org.igfreport.internal.rule.RuleSet;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateException;
import org.igfreport.internal.template.TemplateLoader;
import org.igfreport.internal.template.TemplateSection;

/**
 * Checks IGF workshop reports against the IGF reporting templates: the one entry point of the
 * library. Build one with {@link #builder()}, then call {@link #validate(Path)} as often as you
 * like, from as many threads as you like: a validator is immutable and thread-safe.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.builder()
 *         .template("auto")                                  // or "igf-2017-workshop", or a template file
 *         .severity("paragraph-count", Severity.INFO)       // per-rule severity
 *         .disable("speaker-affiliation")
 *         .locale(Locale.FRENCH)                            // messages in French (default: English)
 *         .build();
 * ReportResult result = validator.validate(Path.of("reports/ws42.txt"));
 * for (Finding f : result.findings()) {
 *     System.out.println(f.location().line() + ": [" + f.rule() + "] " + f.message());
 * }
 * }</pre>
 *
 * Messages are in English unless {@link Builder#locale(Locale)} chose French or Spanish; the JVM's
 * default locale plays no part. Rule ids, section ids and every other value stay the same in every
 * language: only {@link Finding#message()} and the rules' summaries and rationales are translated.
 *
 * A report that cannot be read gives an {@code input-unreadable} finding, never an exception. A
 * component of the checker that fails on a report (a bug) gives an {@code internal-error}
 * finding naming the component and the exception; its stack trace goes to the
 * {@link System.Logger} named {@code org.igfreport}.
 */
public final class ReportValidator {

    /** The rule id of the finding for documents that fit no template. */
    public static final String TEMPLATE_UNRECOGNIZED = Engine.TEMPLATE_UNRECOGNIZED;

    /** The rule id of the info finding for an inline suppression that suppresses nothing. */
    public static final String UNUSED_SUPPRESSION = Engine.UNUSED_SUPPRESSION;

    /** The rule id of the info finding for a section whose only text is hidden. */
    public static final String HIDDEN_TEXT = Engine.HIDDEN_TEXT;

    private final Engine engine;
    private final Limits limits;
    private final Locale locale;

    private ReportValidator(Engine engine, Limits limits, Locale locale) {
        this.engine = engine;
        this.limits = limits;
        this.locale = locale;
    }

    /** @return a builder with the defaults: template {@code auto}, default severities, default limits */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the templates this validator knows: the one it checks against if one was chosen,
     *         then those it detects among
     */
    public List<TemplateInfo> templates() {
        List<TemplateInfo> out = new ArrayList<>();
        for (Template t : engine.known()) {
            out.add(new TemplateInfo(t.id(), t.year(), t.title(), t.file(),
                    t.sections().stream().map(TemplateSection::id).toList()));
        }
        return List.copyOf(out);
    }

    /** @return the rules this validator runs (and the findings the checker itself gives), by id */
    public List<RuleDescription> rules() {
        List<RuleDescription> out = new ArrayList<>();
        for (RuleInfo r : engine.rules().infos()) {
            // the catalogue is built once, in English; a translation words it again by its keys
            boolean keyed = locale != Language.DEFAULT && Messages.has(r.id() + ".summary");
            out.add(new RuleDescription(r.id(), Published.severity(r.defaultSeverity()),
                    keyed ? Messages.format(locale, r.id() + ".summary") : r.summary(),
                    keyed ? Messages.format(locale, r.id() + ".rationale") : r.rationale()));
        }
        return List.copyOf(out);
    }

    /** @return the limits in force */
    public Limits limits() {
        return limits;
    }

    /** @return the language of the messages: English, French or Spanish */
    public Locale locale() {
        return locale;
    }

    /**
     * Checks a report file.
     *
     * @param file the report (its extension decides the reader)
     * @return the result; a file that cannot be read gives an {@code input-unreadable} finding
     */
    public ReportResult validate(Path file) {
        // as result(...), without a lambda: this is the command line's call, and each lambda is a
        // call site a cold JVM links in the interpreter
        Outcome o;
        Language.Scope words = Language.use(locale);
        try {
            try {
                o = engine.validate(file);
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                o = engine.failed(file.toString(), e);
            }
            return Published.result(o);
        } finally {
            words.close();
        }
    }

    /**
     * Checks a report read from a stream (the stream is read to its end, not closed).
     *
     * @param in the report's bytes
     * @param name its file name (the extension decides the reader)
     * @return the result
     */
    public ReportResult validate(InputStream in, String name) {
        return result(name, () -> engine.validate(in, name));
    }

    /**
     * Checks a report held in memory.
     *
     * @param content the report's bytes
     * @param name its file name (the extension decides the reader)
     * @return the result
     */
    public ReportResult validate(byte[] content, String name) {
        return result(name, () -> engine.validate(content, name));
    }

    /** For tests: checks a document a reader has already produced. */
    ReportResult check(Document doc) {
        return result(doc.name(), () -> engine.check(doc));
    }

    /**
     * The result for a report whose check a host stopped waiting for, for hosts that run
     * {@link #validate(Path)} on threads of their own and give up after {@link Limits#maxTime()}
     * (as the command line and the Maven goal do): one {@code input-unreadable} finding that names
     * the time limit and how to raise it, at the severity this validator gives that rule.
     *
     * @param name the report's name or path as it is shown (its extension gives the format)
     * @param started {@code true} when its check ran over the time limit; {@code false} when it never
     *        started because the checks of earlier reports still held every thread
     * @return the result, with no template and no sections
     */
    public ReportResult notChecked(String name, boolean started) {
        Objects.requireNonNull(name, "name");
        try (Language.Scope words = Language.use(locale)) {
            return Published.result(engine.notChecked(name, started));
        }
    }

    /** Converts what the engine found; should the engine throw after all (a bug), an
     *  {@code internal-error} finding says so: checking never throws. */
    private ReportResult result(String name, Supplier<Outcome> check) {
        Outcome o;
        try (Language.Scope words = Language.use(locale)) {
            try {
                o = check.get();
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                o = engine.failed(name, e);
            }
            return Published.result(o);
        }
    }

    /** Builds a {@link ReportValidator}. Not thread-safe; the validator it builds is. */
    public static final class Builder {
        private final Engine.Builder engine = Engine.builder();
        private Limits limits = Limits.DEFAULTS;
        private Locale locale = Language.DEFAULT;

        private Builder() {
        }

        /** For tests: the rules to run instead of the built-in ones. */
        Builder rules(RuleSet newRules) {
            engine.rules(newRules);
            return this;
        }

        /** For tests: the reader for a file name instead of the built-in choice by extension. */
        Builder readers(Function<String, ReportReader> byName) {
            engine.readers(byName);
            return this;
        }

        /**
         * The template to check against: {@code auto} (detect it), a template id (see
         * {@link ReportValidator#templates()}), or the path of a template file.
         *
         * @param idOrPath {@code auto}, a template id or a file path
         * @return this builder
         * @throws IllegalArgumentException for an unknown id, or a template file that is not a valid
         *         template (the message names the file, the line and the problem)
         */
        public Builder template(String idOrPath) {
            try {
                engine.template(idOrPath);
            } catch (TemplateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            return this;
        }

        /**
         * @param file a template file (YAML, as the built-in ones in {@code schemas/templates/})
         * @return this builder
         * @throws IllegalArgumentException for a file that is missing or not a valid template
         */
        public Builder template(Path file) {
            try {
                engine.template(TemplateLoader.load(Objects.requireNonNull(file, "file")));
            } catch (TemplateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            return this;
        }

        /**
         * The language of the reports' prose, which decides how sentences are counted (the
         * abbreviations, quotes and punctuation of English, French or Spanish); the templates'
         * labels stay English whatever the language.
         *
         * @param code {@code en}, {@code fr}, {@code es}, or {@code auto} (the default: detected
         *     from each report's text, English for short texts and ties)
         * @return this builder
         * @throws IllegalArgumentException for another code
         */
        public Builder language(String code) {
            String c = Objects.requireNonNull(code, "code").strip();
            if (c.equalsIgnoreCase("auto")) {
                engine.language(null);
            } else {
                engine.language(org.igfreport.internal.text.Language.of(c).orElseThrow(() -> new IllegalArgumentException(
                        Texts.format("config.unknown-language", code))));
            }
            return this;
        }

        /**
         * @param ruleId a rule id (see {@link ReportValidator#rules()})
         * @param severity the severity to report its findings at
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            engine.severity(ruleId, Published.severity(Objects.requireNonNull(severity)));
            return this;
        }

        /**
         * @param ruleId a rule id whose findings are not reported
         * @return this builder
         */
        public Builder disable(String ruleId) {
            engine.disable(ruleId);
            return this;
        }

        /**
         * @param newLimits the limits (file size, pages, nesting, aliases, time, work budgets)
         * @return this builder
         */
        public Builder limits(Limits newLimits) {
            this.limits = Objects.requireNonNull(newLimits);
            engine.limits(Published.limits(newLimits));
            return this;
        }

        /**
         * The language of the findings' messages and of the rules' descriptions: English (the default,
         * whatever the JVM's default locale), French or Spanish. Any French locale ({@code fr_CA}, ...)
         * gives French, any Spanish one Spanish; a language without a translation gives English. Rule ids,
         * section ids, message keys and arguments are the same in every language. The language is the
         * validator's own: nothing changes the JVM's default locale, so validators in several languages
         * may run side by side.
         *
         * @param newLocale the language, e.g. {@link Locale#FRENCH} or {@code Locale.forLanguageTag("es")}
         * @return this builder
         */
        public Builder locale(Locale newLocale) {
            this.locale = Language.supported(Objects.requireNonNull(newLocale, "locale"));
            return this;
        }

        /** @return the validator */
        public ReportValidator build() {
            return new ReportValidator(engine.build(), limits, locale);
        }
    }
}
