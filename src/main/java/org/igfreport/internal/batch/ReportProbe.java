package org.igfreport.internal.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.igfreport.internal.read.Readers;
import org.igfreport.internal.template.Template;
import org.igfreport.internal.template.TemplateSection;
import org.igfreport.internal.template.Templates;

/**
 * Tells, when a folder is searched, the files that are plainly not reports, so that a
 * repository's README or a data file does not show up as a report of no template: project
 * documents by name (README, CHANGELOG, LICENSE, CONTRIBUTING, CODE_OF_CONDUCT), and YAML/JSON
 * files none of whose top-level keys is a section id or {@code template}. A file named on the
 * command line is always checked.
 */
final class ReportProbe {

    private static final int PEEK = 64 * 1024;
    private static final Set<String> DOCUMENTS = Set.of("readme", "changelog", "changes", "license", "licence",
            "contributing", "code_of_conduct", "security", "authors", "notice");
    private static volatile Set<String> keys;

    private ReportProbe() {
    }

    /**
     * @param file a file found in a folder
     * @return whether it may be a report (unreadable files may: the checker will say why)
     */
    static boolean mayBeReport(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
        if (DOCUMENTS.contains(stem)) {
            return false;
        }
        String ext = Readers.extension(name);
        if (!ext.equals("json") && !ext.equals("yaml") && !ext.equals("yml")) {
            return true;
        }
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(PEEK), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return true;
        }
        return ext.equals("json") ? jsonHasReportKey(head) : yamlHasReportKey(head);
    }

    private static Set<String> reportKeys() {
        Set<String> k = keys;
        if (k == null) {
            k = new HashSet<>();
            k.add("template");
            k.add("x-igf-report-disable");
            for (Template t : Templates.builtIn().all()) {
                for (TemplateSection s : t.sections()) {
                    k.add(s.id());
                }
            }
            keys = k;
        }
        return k;
    }

    /** Top-level keys of a YAML mapping: lines starting (unindented) with {@code key:}. */
    static boolean yamlHasReportKey(String text) {
        int start = 0;
        boolean sawAnyKey = false;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            start = end + 1;
            if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '#' || line.charAt(0) == '\t') {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                sawAnyKey = true;
                String key = line.substring(0, colon).strip();
                if (key.length() > 1 && (key.charAt(0) == '"' || key.charAt(0) == '\'')) {
                    key = key.substring(1, key.length() - 1);
                }
                if (reportKeys().contains(key)) {
                    return true;
                }
            }
        }
        return !sawAnyKey;
    }

    /** Top-level keys of a JSON object, found by a small scan that skips nested values and strings. */
    static boolean jsonHasReportKey(String text) {
        int depth = 0;
        boolean sawAnyKey = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
                i++;
            } else if (c == '}' || c == ']') {
                depth--;
                i++;
            } else if (c == '"') {
                int j = i + 1;
                StringBuilder sb = new StringBuilder();
                while (j < n && text.charAt(j) != '"') {
                    if (text.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    sb.append(text.charAt(j));
                    j++;
                }
                int k = j + 1;
                while (k < n && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (depth == 1 && k < n && text.charAt(k) == ':') {
                    sawAnyKey = true;
                    if (reportKeys().contains(sb.toString())) {
                        return true;
                    }
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return !sawAnyKey;
    }
}
