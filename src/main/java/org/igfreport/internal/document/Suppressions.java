package org.igfreport.internal.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.igfreport.internal.base.Location;

/**
 * Collects suppression comments while a reader goes through a document, pairing each
 * {@code igf-report-enable} with the open {@code igf-report-disable} it ends. Not thread-safe;
 * one per read.
 */
public final class Suppressions {

    private record Open(Set<String> rules, int from, Location location) {
    }

    private final List<Open> open = new ArrayList<>();
    private final List<Suppression> done = new ArrayList<>();

    /**
     * Takes a comment, if it is a suppression comment.
     *
     * @param text the comment text
     * @param location where it is
     * @return whether it was a suppression comment
     */
    public boolean accept(String text, Location location) {
        String[] parsed = Suppression.parseComment(text);
        if (parsed == null) {
            return false;
        }
        Set<String> rules = new HashSet<>(Arrays.asList(parsed).subList(1, parsed.length));
        if (parsed[0].equals("disable")) {
            open.add(new Open(rules, location.line(), location));
        } else {
            for (int i = open.size() - 1; i >= 0; i--) {
                Open o = open.get(i);
                if (rules.isEmpty() || o.rules().equals(rules) || rules.containsAll(o.rules()) && !o.rules().isEmpty()) {
                    done.add(new Suppression(o.rules(), o.from(), location.line(), o.location()));
                    open.remove(i);
                }
            }
        }
        return true;
    }

    /** By first line; a class, not a lambda: a lambda is a call site linked when a cold JVM starts. */
    private static final java.util.Comparator<Suppression> BY_LINE = new java.util.Comparator<>() {
        @Override
        public int compare(Suppression a, Suppression b) {
            return Integer.compare(a.fromLine(), b.fromLine());
        }
    };

    /** @return every suppression, the ones still open running to the end of the document */
    public List<Suppression> all() {
        List<Suppression> out = new ArrayList<>(done);
        for (Open o : open) {
            out.add(new Suppression(o.rules(), o.from(), Integer.MAX_VALUE, o.location()));
        }
        out.sort(BY_LINE);
        return out;
    }
}
