package org.igfreport.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads the sentence test data from the test classpath and compares results the agreed way. */
final class SentenceCases {

    /** One case: {@code {"id", "name", "text", "expected": [...]}}, with an optional {@code "category"}. */
    record Case(String id, String name, String text, List<String> expected, String category) {

        Case(String id, String name, String text, List<String> expected) {
            this(id, name, text, expected, "");
        }

        @Override
        public String toString() {
            return id + " " + name;
        }
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private SentenceCases() {
    }

    static List<Case> load(String resource) {
        try (InputStream in = SentenceCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Case> cases = new ArrayList<>();
            for (JsonNode node : root) {
                List<String> expected = new ArrayList<>();
                node.get("expected").forEach(e -> expected.add(e.asString()));
                JsonNode category = node.get("category");
                cases.add(new Case(node.get("id").asString(), node.get("name").asString(),
                        node.get("text").asString(), List.copyOf(expected),
                        category == null ? "" : category.asString()));
            }
            return List.copyOf(cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collapses whitespace runs to one space and trims. */
    static String normalize(String sentence) {
        return WHITESPACE.matcher(sentence).replaceAll(" ").trim();
    }

    static List<String> normalized(List<String> sentences) {
        return sentences.stream().map(SentenceCases::normalize).toList();
    }

    /** The segmenter's sentences for a text, normalised. */
    static List<String> actual(String text) {
        return actual(SentenceSegmenter.english(), text);
    }

    /** The sentences of a segmenter for a text, normalised. */
    static List<String> actual(SentenceSegmenter segmenter, String text) {
        return segmenter.split(text).stream()
                .map(sentence -> normalize(sentence.text(text)))
                .toList();
    }

    static boolean passes(Case c) {
        return actual(c.text()).equals(normalized(c.expected()));
    }
}
