package org.igfreport.internal.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * The rule pages, {@code docs/rules/RULE.md}: the build ships them in the jar (for
 * {@code igf-report explain RULE}), and each has an address in the repository at the version of
 * this build (SARIF's {@code helpUri}, the HTML and Markdown outputs' links). The address is made
 * from the POM's {@code url} and {@code version}, which the build writes into
 * {@code project.properties}: a release links to its tag {@code v<version>}, a snapshot to the
 * main branch (a snapshot has no tag).
 */
public final class RulePages {

    private static final String FOLDER = "rules/";
    private static final Properties PROJECT = project();

    private RulePages() {
    }

    private static Properties project() {
        Properties p = new Properties();
        try (InputStream in = RulePages.class.getResourceAsStream("project.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * @param ruleId a rule id
     * @return whether it has the shape of a rule id (lower-case letters, digits and hyphens), the only
     *     names a page is looked up by
     */
    public static boolean isRuleId(String ruleId) {
        if (ruleId == null || ruleId.isEmpty() || ruleId.length() > 64) {
            return false;
        }
        for (int i = 0; i < ruleId.length(); i++) {
            char c = ruleId.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param ruleId a rule id
     * @return its page (Markdown), or empty when there is none
     */
    public static Optional<String> text(String ruleId) {
        if (!isRuleId(ruleId)) {
            return Optional.empty();
        }
        try (InputStream in = RulePages.class.getResourceAsStream(FOLDER + ruleId + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param ruleId a rule id
     * @param language a language: French and Spanish pages are in {@code docs/rules/fr/} and {@code docs/rules/es/}
     * @return its page in that language (Markdown), or empty when there is none (English: {@link #text(String)})
     */
    public static Optional<String> text(String ruleId, java.util.Locale language) {
        String code = language.getLanguage();
        if (code.equals("en")) {
            return text(ruleId);
        }
        if (!isRuleId(ruleId) || !(code.equals("fr") || code.equals("es"))) {
            return Optional.empty();
        }
        try (InputStream in = RulePages.class.getResourceAsStream(FOLDER + code + "/" + ruleId + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param ruleId a rule id
     * @return the address of its page in the repository at this build's version, or {@code null}
     *     when the build did not say where the repository is
     */
    public static String uri(String ruleId) {
        String url = PROJECT.getProperty("url", "");
        String version = PROJECT.getProperty("version", "");
        if (url.isEmpty() || url.startsWith("$") || !isRuleId(ruleId)) {
            return null;
        }
        String ref = version.isEmpty() || version.startsWith("$") || version.endsWith("-SNAPSHOT") ? "main" : "v" + version;
        return url + "/blob/" + ref + "/docs/rules/" + ruleId + ".md";
    }
}
