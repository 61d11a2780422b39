package org.igfreport.internal.batch;

import org.igfreport.internal.base.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A glob pattern ({@code exclude:}, {@code templates:}, the Maven goal's includes and excludes)
 * with the syntax of {@link java.nio.file.FileSystem#getPathMatcher} "glob:" on Unix, matched in
 * linear time: the pattern is compiled to a small automaton whose states are tracked as a set
 * while the path is read once, so no pattern can make a match backtrack (the JDK's matcher turns
 * the glob into a backtracking regular expression, which a pattern such as {@code *a*a*a*a*b}
 * keeps busy for minutes on a long name). A match costs at most (path length) x (pattern length)
 * steps.
 *
 * <p>Syntax: {@code *} any characters but {@code /}; {@code **} any characters, and {@code **}{@code /}
 * at the start of a name also none ({@code **}{@code /x} matches {@code x} at the top, as in
 * {@code .gitignore}, where the JDK's matcher needs a folder); {@code ?} one
 * character but {@code /}; {@code [abc]}, {@code [a-z]}, {@code [!a-z]} one character of (not of)
 * a set, never {@code /}; {@code {a,b}} one of the alternatives (not nested); {@code \} takes the
 * next character literally. Where the JDK rejects a pattern, so does this class, with a message
 * saying what is wrong. Deliberate differences: {@code **} also matches line breaks in a name, and a
 * range ending with {@code [} or {@code \} (which the JDK passes on as regular-expression syntax)
 * is refused.
 */
public final class Glob {

    // Instructions of the automaton. Each state is an index into the program.
    private static final byte CHAR = 0;
    private static final byte SET = 1;       // one character of a set (never '/')
    private static final byte ANY_NAME = 2;  // one character but '/'
    private static final byte STAR = 3;      // loop: characters but '/', then go on
    private static final byte DSTAR = 4;     // loop: any characters, then go on
    private static final byte SPLIT = 5;     // go on at each of targets
    private static final byte JUMP = 6;      // go on at target
    private static final byte MATCH = 7;

    private final String pattern;
    private final byte[] op;
    private final char[] ch;
    private final CharSet[] sets;
    private final int[][] targets;
    private final int stackSize;

    /** A character class: ranges, negated or not. Never matches '/'. */
    private record CharSet(char[] from, char[] to, boolean negated) {
        boolean contains(char c) {
            if (c == '/') {
                return false;
            }
            boolean in = false;
            for (int i = 0; i < from.length && !in; i++) {
                in = c >= from[i] && c <= to[i];
            }
            return in != negated;
        }
    }

    private Glob(String pattern, List<Object[]> program) {
        this.pattern = pattern;
        int n = program.size();
        op = new byte[n];
        ch = new char[n];
        sets = new CharSet[n];
        targets = new int[n][];
        for (int i = 0; i < n; i++) {
            Object[] ins = program.get(i);
            op[i] = (Byte) ins[0];
            if (ins[1] instanceof Character c) {
                ch[i] = c;
            } else if (ins[1] instanceof CharSet s) {
                sets[i] = s;
            } else if (ins[1] instanceof int[] t) {
                targets[i] = t;
            }
        }
        int size = 2 * n;
        for (int[] t : targets) {
            size += t == null ? 0 : t.length;
        }
        stackSize = size;
    }

    /**
     * @param pattern a glob
     * @return it compiled
     * @throws IllegalArgumentException when the pattern is not a valid glob (the message says why)
     */
    public static Glob compile(String pattern) {
        List<Object[]> prog = new ArrayList<>();
        int len = pattern.length();
        int i = 0;
        int groupSplit = -1;              // the SPLIT of the open group, or -1
        List<Integer> groupEnds = null;   // JUMPs to the group's end
        List<Integer> alternatives = null;
        while (i < len) {
            char c = pattern.charAt(i++);
            switch (c) {
                case '\\' -> {
                    if (i == len) {
                        throw bad(pattern, Texts.format("glob.escape-at-end"));
                    }
                    prog.add(new Object[] {CHAR, pattern.charAt(i++)});
                }
                case '*' -> {
                    if (i < len && pattern.charAt(i) == '*') {
                        i++;
                        if (i < len && pattern.charAt(i) == '/' && (i == 2 || pattern.charAt(i - 3) == '/')) {
                            // "**/" at a name's start matches no folder too: "**/x" matches "x", "a/**/b" "a/b"
                            int split = prog.size();
                            prog.add(new Object[] {SPLIT, new int[] {split + 1, split + 3}});
                            prog.add(new Object[] {DSTAR, null});
                            prog.add(new Object[] {CHAR, '/'});
                            i++;
                            continue;
                        }
                        prog.add(new Object[] {DSTAR, null});
                    } else {
                        prog.add(new Object[] {STAR, null});
                    }
                }
                case '?' -> prog.add(new Object[] {ANY_NAME, null});
                case '[' -> i = charSet(pattern, i, prog);
                case '{' -> {
                    if (groupSplit >= 0) {
                        throw bad(pattern, Texts.format("glob.nested-groups"));
                    }
                    groupSplit = prog.size();
                    prog.add(new Object[] {SPLIT, null});
                    alternatives = new ArrayList<>(List.of(prog.size()));
                    groupEnds = new ArrayList<>();
                }
                case ',' -> {
                    if (groupSplit >= 0) {
                        groupEnds.add(prog.size());
                        prog.add(new Object[] {JUMP, null});
                        alternatives.add(prog.size());
                    } else {
                        prog.add(new Object[] {CHAR, c});
                    }
                }
                case '}' -> {
                    if (groupSplit >= 0) {
                        int end = prog.size();
                        for (int j : groupEnds) {
                            prog.get(j)[1] = new int[] {end};
                        }
                        prog.get(groupSplit)[1] = alternatives.stream().mapToInt(Integer::intValue).toArray();
                        groupSplit = -1;
                    } else {
                        prog.add(new Object[] {CHAR, c});
                    }
                }
                default -> prog.add(new Object[] {CHAR, c});
            }
        }
        if (groupSplit >= 0) {
            throw bad(pattern, Texts.format("glob.open-group"));
        }
        prog.add(new Object[] {MATCH, null});
        return new Glob(pattern, prog);
    }

    /** Reads a class after its '[' (as the JDK does); returns the index after its ']'. */
    private static int charSet(String pattern, int i, List<Object[]> prog) {
        int len = pattern.length();
        boolean negated = false;
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        if (i < len && pattern.charAt(i) == '^') {
            from.append('^');
            to.append('^');
            i++;
        } else {
            if (i < len && pattern.charAt(i) == '!') {
                negated = true;
                i++;
            }
            if (i < len && pattern.charAt(i) == '-') {
                from.append('-');
                to.append('-');
                i++;
            }
        }
        boolean hasRangeStart = false;
        char last = 0;
        char c = 0;
        boolean closed = false;
        while (i < len) {
            c = pattern.charAt(i++);
            if (c == ']') {
                closed = true;
                break;
            }
            if (c == '/') {
                throw bad(pattern, Texts.format("glob.class-slash"));
            }
            if (c == '-') {
                if (!hasRangeStart) {
                    throw bad(pattern, Texts.format("glob.range-no-start"));
                }
                if (i >= len) {
                    break;
                }
                c = pattern.charAt(i++);
                if (c == ']') {
                    from.append('-');
                    to.append('-');
                    closed = true;
                    break;
                }
                if (c < last) {
                    throw bad(pattern, Texts.format("glob.range-backwards"));
                }
                if (c == '[' || c == '\\') {
                    // the JDK reads these as regular-expression syntax here; they are refused
                    throw bad(pattern, Texts.format("glob.range-end", String.valueOf(c)));
                }
                to.setCharAt(to.length() - 1, c);
                hasRangeStart = false;
            } else {
                from.append(c);
                to.append(c);
                hasRangeStart = true;
                last = c;
            }
        }
        if (!closed) {
            throw bad(pattern, Texts.format("glob.open-class"));
        }
        if (from.length() == 0) {
            throw bad(pattern, Texts.format("glob.empty-class"));
        }
        prog.add(new Object[] {SET, new CharSet(from.toString().toCharArray(), to.toString().toCharArray(), negated)});
        return i;
    }

    private static IllegalArgumentException bad(String pattern, String why) {
        return new IllegalArgumentException(Texts.format("glob.bad", pattern, why));
    }

    /** @return the pattern as written */
    public String pattern() {
        return pattern;
    }

    /**
     * @param path a path (its string form, with the platform's separators, is matched)
     * @return whether the whole path matches
     */
    public boolean matches(Path path) {
        return matches(path.toString());
    }

    /**
     * @param s a path as a string, '/' separated
     * @return whether the whole of it matches
     */
    public boolean matches(String s) {
        int n = op.length;
        BitSet current = new BitSet(n);
        BitSet next = new BitSet(n);
        int[] stack = new int[stackSize];
        add(current, 0, stack);
        for (int k = 0; k < s.length() && !current.isEmpty(); k++) {
            char c = s.charAt(k);
            next.clear();
            for (int st = current.nextSetBit(0); st >= 0; st = current.nextSetBit(st + 1)) {
                switch (op[st]) {
                    case CHAR -> {
                        if (ch[st] == c) {
                            add(next, st + 1, stack);
                        }
                    }
                    case SET -> {
                        if (sets[st].contains(c)) {
                            add(next, st + 1, stack);
                        }
                    }
                    case ANY_NAME -> {
                        if (c != '/') {
                            add(next, st + 1, stack);
                        }
                    }
                    case STAR -> {
                        if (c != '/') {
                            add(next, st, stack);
                        }
                    }
                    case DSTAR -> add(next, st, stack);
                    default -> {
                        // SPLIT and JUMP are followed when added; MATCH consumes nothing
                    }
                }
            }
            BitSet t = current;
            current = next;
            next = t;
        }
        return current.get(n - 1);
    }

    /** Adds a state and what it reaches without reading a character (loops, splits, jumps). */
    private void add(BitSet set, int state, int[] stack) {
        int top = 0;
        stack[top++] = state;
        while (top > 0) {
            int s = stack[--top];
            if (set.get(s)) {
                continue;
            }
            set.set(s);
            switch (op[s]) {
                case STAR, DSTAR -> stack[top++] = s + 1;
                case JUMP -> stack[top++] = targets[s][0];
                case SPLIT -> {
                    for (int t : targets[s]) {
                        stack[top++] = t;
                    }
                }
                default -> {
                    // reads a character
                }
            }
        }
    }

    @Override
    public String toString() {
        return pattern;
    }
}
