package org.igfreport.internal.text;

/**
 * One run of the sentence segmenter over one text: a single left-to-right pass over the
 * characters, with no regular expressions and no backtracking.
 *
 * <p>Decisions are made at terminators ("." "!" "?" "…"), at whitespace (a blank line ends a
 * sentence, one line break is a PDF wrap), at bullets and at list markers. Every look-around
 * is linear overall: look-back is bounded by a small constant (the word before a period);
 * look-ahead covers whitespace, closers, openers or a dot run right after a terminator, one
 * token (URL check, cached per token) or the stretch up to the next list-marker candidate;
 * each such region is looked at a bounded number of times.
 *
 * <p>Not thread-safe; {@link SentenceSegmenter} makes a new scanner for every call.
 */
final class SentenceScanner {

    /** Receives each sentence as it is found. */
    interface Sink {
        void sentence(int start, int end);
    }

    // Classes of the text that follows a terminator.
    private static final int END = 0;     // only whitespace up to the end of the text
    private static final int GLUED = 1;   // no whitespace after the terminator (".'s", "...see")
    private static final int LOWER = 2;
    private static final int UPPER = 3;
    private static final int DIGIT = 4;
    private static final int OTHER = 5;

    // Kinds of the token in front of a single period.
    private static final int REGULAR = 0;
    private static final int PREPOSITIVE = 1;
    private static final int CONTINUING = 2;
    private static final int ORDINARY = 3;
    private static final int INITIAL = 4;

    /** Longest token that can be an abbreviation or initialism ("d.phil", "u.s.a"). */
    private static final int MAX_TOKEN = 10;
    /** Longest word looked up in the sentence-starter list. */
    private static final int MAX_STARTER = 12;
    /** List markers: numbers up to this many digits ("1.", "10)", "999.)"). */
    private static final int MAX_MARKER_DIGITS = 3;
    private static final int LETTER_MARKER_BASE = 1000;
    private static final int NO_MARKER = -10;

    /** Look-ahead for the close of a bracket or quote opened inside a sentence. */
    private static final int MAX_ENCLOSED = 600;
    /** Open brackets and quotes tracked at once; deeper ones are not tracked. */
    private static final int MAX_DEPTH = 16;
    private static final int UNRESOLVED = -2;
    /** Roman list markers ("(iv)") are numbered from here, apart from numbers and letters. */
    private static final int ROMAN_MARKER_BASE = 2000;
    /** Longest word looked at in front of a list-marker candidate. */
    private static final int MAX_REFERENCE_WORD = 12;

    private final char[] a;
    private final int n;
    private final Sink sink;
    private final Language.Rules rules;

    // Open brackets and quotes ("(", "[", "“", "«", '"'): opener position and character,
    // and, once looked up, where it closes (-1: not within MAX_ENCLOSED) and whether lower-case
    // text follows the close.
    private final int[] openPos = new int[MAX_DEPTH];
    private final char[] openChar = new char[MAX_DEPTH];
    private final int[] openClose = new int[MAX_DEPTH];
    private final boolean[] openLowerAfter = new boolean[MAX_DEPTH];
    private int depth;

    // Set by classify(): the token before the period, lower case, and whether it was all upper case.
    private String word = "";
    private boolean wordUpper;
    private boolean wordAtSentenceStart;

    private int count;
    private int sentStart = -1;   // first character of the current sentence, -1 if none yet
    private int lastEnd;          // end of the last non-whitespace character taken
    private boolean content;      // the current sentence has more than bullets
    private boolean lineStart = true; // nothing but whitespace and bullets since the last line break
    private int tokenStart;       // where the current whitespace-delimited token starts
    private int urlToken = -1;    // the token whose URL body end is cached in urlEnd
    private int urlEnd = -1;      // characters before this offset belong to a URL or e-mail address
    private int nextWord;         // set by follow(): where the next word starts

    // List-marker candidates ("1.", "2.)", "a.", "3)"), found lazily in text order.
    private int markPos;
    private int markEnd;
    private int markVal;
    private int prevMarkVal = NO_MARKER;

    SentenceScanner(String s, Sink sink) {
        this(s, Language.ENGLISH.rules(), sink);
    }

    SentenceScanner(String s, Language.Rules rules, Sink sink) {
        this.a = s.toCharArray();
        this.n = a.length;
        this.sink = sink;
        this.rules = rules;
    }

    /** Scans the whole text, reporting each sentence to the sink; returns the count. */
    int run() {
        seekMarker(0);
        boolean atTokenStart = true;
        int i = 0;
        while (i < n) {
            char c = a[i];
            if (isSpace(c)) {
                i = whitespace(i);
                atTokenStart = true;
                continue;
            }
            if (markPos < i) {
                seekMarker(i);
            }
            if (i == markPos) {
                int end = listMarker();
                if (end > 0) {
                    i = end;
                    atTokenStart = false;
                    continue;
                }
            }
            if (atTokenStart) {
                atTokenStart = false;
                tokenStart = i;
                if (c >= 0x80 && isBullet(c) || lineStart && isDashBullet(c) && i + 1 < n && isSpace(a[i + 1])) {
                    if (content) {
                        boundary();
                    }
                    if (sentStart < 0) {
                        sentStart = i;
                    }
                    lastEnd = i + 1;
                    i++;
                    atTokenStart = true;
                    continue;
                }
            }
            if (isPlain(c)) {
                i = plainRun(i);
                continue;
            }
            switch (c) {
                case '.', '\u2026' -> i = period(i);
                case '!', '?', '\u203C', '\u203D', '\u2047', '\u2048', '\u2049' -> i = exclamation(i);
                case '\uFF0E', '\u3002', '\uFF01', '\uFF1F' -> i = fullWidth(i);
                case '(', '[', '\u201C', '\u00AB' -> {
                    open(i);
                    take(i, i + 1);
                    i++;
                }
                case ')', ']', '\u201D', '\u00BB' -> {
                    close(c);
                    take(i, i + 1);
                    i++;
                }
                case '"' -> {
                    if (i == 0 || isSpace(a[i - 1]) || isOpener(a[i - 1])) {
                        open(i);
                    } else {
                        close(c);
                    }
                    take(i, i + 1);
                    i++;
                }
                default -> {
                    take(i, i + 1);
                    i++;
                }
            }
        }
        boundary();
        return count;
    }

    /**
     * The fast path: takes a run of ASCII characters that play no role (letters, digits,
     * commas, ...) and of single spaces between them, stopping before anything else and
     * before the next list-marker candidate. Taking a space this way is the same as going
     * through {@link #whitespace} and the token-start checks: no line break, no bullet
     * (a dash bullet needs a line start, and this run has content).
     */
    private int plainRun(int i) {
        int limit = Math.min(n, markPos);
        int j = i + 1;
        int token = -1;
        while (j < limit) {
            char c = a[j];
            if (c < 0x80 && PLAIN[c]) {
                j++;
            } else if (c == ' ' && j + 1 < limit && isPlain(a[j + 1])) {
                token = j + 1;
                j += 2;
            } else {
                break;
            }
        }
        if (token >= 0) {
            tokenStart = token;
        }
        take(i, j);
        return j;
    }

    private static boolean isPlain(char c) {
        return c < 0x80 && PLAIN[c];
    }

    // ---------------------------------------------------------------- sentence bookkeeping

    private void take(int from, int to) {
        if (sentStart < 0) {
            sentStart = from;
        }
        lastEnd = to;
        content = true;
        lineStart = false;
    }

    private void takeRange(int from, int to) {
        if (to > from) {
            take(from, to);
        }
    }

    private void boundary() {
        if (sentStart >= 0) {
            count++;
            if (sink != null) {
                sink.sentence(sentStart, lastEnd);
            }
            sentStart = -1;
        }
        content = false;
    }

    /** A whitespace run: one line break is a (PDF) wrap, two or more end the sentence. */
    private int whitespace(int i) {
        int breaks = 0;
        int j = i;
        while (j < n) {
            char c = a[j];
            if (!isSpace(c)) {
                break;
            }
            if (c == '\n' || c == '\u2028' || c == '\u0085') {
                breaks++;
            } else if (c == '\r') {
                breaks++;
                if (j + 1 < n && a[j + 1] == '\n') {
                    j++;
                }
            } else if (c == '\u2029') {
                breaks += 2;
            }
            j++;
        }
        if (breaks >= 2) {
            boundary();
            depth = 0;
        }
        if (breaks > 0) {
            lineStart = true;
        }
        return j;
    }

    // ---------------------------------------------------------------- terminators

    /** "!", "?" and runs of them ("!!", "?!"): a boundary unless a lower-case word follows. */
    private int exclamation(int i) {
        int j = i + 1;
        while (j < n && isBang(a[j])) {
            j++;
        }
        int q = skipClosers(j);
        int next = follow(q);
        takeRange(i, q);
        if (next == OTHER && nextWord < n && isInnerPunctuation(a[nextWord])) {
            return q;                                   // "-- imagine! -- it ran", "Why? , he asked"
        }
        if (next != LOWER && next != GLUED && !enclosed(q)) {
            boundary();
        }
        return q;
    }

    /** Full-width "\uFF0E" "\u3002" "\uFF01" "\uFF1F": a boundary unless a lower-case word follows a space. */
    private int fullWidth(int i) {
        int q = skipClosers(i + 1);
        int next = follow(q);
        takeRange(i, q);
        if (next != LOWER && !enclosed(q)) {
            boundary();
        }
        return q;
    }

    /** A period, a run of periods (". . .", "....") or an ellipsis character. */
    private int period(int i) {
        int dots = 0;
        boolean spaced = false;
        int j = i;
        while (true) {
            dots += a[j] == '.' ? 1 : 3;
            j++;
            if (j < n && isDot(a[j])) {
                continue;
            }
            if (j + 1 < n && a[j] == ' ' && isDot(a[j + 1])) {
                spaced = true;
                j++;
                continue;
            }
            break;
        }
        if (dots == 1) {
            if (j < n && isLetterOrDigit(a[j])) {
                return gluedPeriod(i);
            }
            return singlePeriod(i, j);
        }
        if (dots == 2 && !spaced) {
            return singlePeriod(i, j);
        }
        return ellipsis(i, j, dots, spaced);
    }

    /** "world.Today": a period between a word and a capitalised word, with no space. */
    private int gluedPeriod(int i) {
        take(i, i + 1);
        int note = footnote(i + 1);
        if (note > 0 && i > 0 && isLetter(a[i - 1]) && classify(i) == REGULAR && !inUrl(i)) {
            takeRange(i + 1, note);                     // "grew fast.3 Prices fell": the note ends the sentence
            boundary();
            return note;
        }
        if (i > 0 && i + 2 < n) {
            char before = a[i - 1];
            if ((isLower(before) || isDigit(before))
                    && isUpper(a[i + 1]) && isLower(a[i + 2])
                    && classify(i) == REGULAR && !inUrl(i)) {
                boundary();
            }
        }
        return i + 1;
    }

    private int singlePeriod(int i, int runEnd) {
        int q = skipClosers(runEnd);
        int next = follow(q);
        if (next == GLUED && a[q] == '[') {
            int note = footnote(q);                     // "in 2021.[7] Enforcement": a bracketed note
            if (note > 0) {
                q = note;
                next = follow(q);
            }
        }
        takeRange(i, q);
        boolean split;
        if (next == END) {
            split = true;
        } else if (next == GLUED || next == LOWER || enclosed(q)) {
            split = false;
        } else {
            int kind = classify(i);
            if (next == DIGIT) {
                split = kind == REGULAR;
            } else if (kind == INITIAL && word.length() == 1 && wordAtSentenceStart) {
                split = false;                          // "Q. Why ...?", "A. Because ...", "J. Smith"
            } else {
                split = switch (kind) {
                    case PREPOSITIVE, CONTINUING -> false;
                    case INITIAL -> next == UPPER
                            && (isStarter(nextWord) || wordUpper && rules.upperEnds.contains(word));
                    default -> true;
                };
            }
        }
        if (split) {
            boundary();
        }
        return q;
    }

    /**
     * A footnote marker right at {@code j}: one to three digits, or the same in square
     * brackets, then whitespace and a capital. Returns the marker's end, or {@code -1}.
     */
    private int footnote(int j) {
        int k = j;
        boolean bracket = k < n && a[k] == '[';
        if (bracket) {
            k++;
        }
        int d = k;
        while (k < n && k - d < MAX_MARKER_DIGITS && isAsciiDigit(a[k])) {
            k++;
        }
        if (k == d || k < n && isAsciiDigit(a[k])) {
            return -1;
        }
        if (bracket) {
            if (k >= n || a[k] != ']') {
                return -1;
            }
            k++;
        }
        if (k >= n || !isSpace(a[k])) {
            return -1;
        }
        int save = nextWord;
        boolean upper = follow(k) == UPPER;
        nextWord = save;
        return upper ? k : -1;
    }

    // ---------------------------------------------------------------- brackets and quotes

    private void open(int i) {
        if (depth < MAX_DEPTH) {
            openPos[depth] = i;
            openChar[depth] = a[i];
            openClose[depth] = UNRESOLVED;
            depth++;
        }
    }

    private void close(char c) {
        if (depth > 0 && closes(openChar[depth - 1], c)) {
            depth--;
        }
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '(' -> c == ')';
            case '[' -> c == ']';
            case '\u201C' -> c == '\u201D';
            case '\u00AB' -> c == '\u00BB';
            case '"' -> c == '"';
            default -> false;
        };
    }

    /**
     * Whether the sentence goes on past a terminator whose closers end at {@code q} because
     * the terminator is inside a bracket or quote that closes later: a bracket or quote opened
     * after the start of the sentence ("three operators (one public. It ...) joined", "said
     * “We agree. Funding is the issue.” Then"), or a quote that opens the sentence and is
     * followed by lower-case text ("“Access matters. Skills matter more,” she argued"). A
     * bracket or quote that does not close within {@link #MAX_ENCLOSED} characters or before a
     * blank line does not count. Each opener is looked up at most once.
     */
    private boolean enclosed(int q) {
        if (depth == 0) {
            return false;
        }
        int d = depth - 1;
        if (openClose[d] == UNRESOLVED) {
            resolve(d);
        }
        int close = openClose[d];
        if (close < q) {
            return false;                               // not found, or already passed
        }
        return sentStart >= 0 && openPos[d] > sentStart || openChar[d] != '(' && openChar[d] != '[' && openLowerAfter[d];
    }

    /** Finds where the opener at stack index {@code d} closes, and what follows the close. */
    private void resolve(int d) {
        char o = openChar[d];
        int limit = Math.min(n, openPos[d] + MAX_ENCLOSED);
        int nest = 0;
        int breaks = 0;
        int found = -1;
        for (int k = openPos[d] + 1; k < limit; k++) {
            char c = a[k];
            if (c == '\n' || c == '\u2029') {
                if (++breaks >= 2 || c == '\u2029') {
                    break;
                }
                continue;
            }
            if (!isSpace(c)) {
                breaks = 0;
            }
            if (c == o && o != '"') {
                nest++;
            } else if (closes(o, c)) {
                if (nest == 0) {
                    found = k;
                    break;
                }
                nest--;
            }
        }
        openClose[d] = found;
        boolean lower = false;
        if (found >= 0) {
            int k = found + 1;
            while (k < n && (isCloser(a[k]) || a[k] == ',' || a[k] == ';')) {
                k++;
            }
            while (k < n && isSpace(a[k]) && a[k] != '\n') {
                k++;
            }
            lower = k < n && isLower(a[k]);
        }
        openLowerAfter[d] = lower;
    }

    private int ellipsis(int i, int runEnd, int dots, boolean spaced) {
        if (i > 0 && a[i - 1] == '[') {
            takeRange(i, runEnd);                       // "[...]": an omission inside a quote
            return runEnd;
        }
        boolean attached = i > 0 && !isSpace(a[i - 1]);
        if (spaced && attached && dots >= 4) {
            // "compounds. . . . The": a full stop, then an ellipsis that opens the next sentence
            take(i, i + 1);
            if (follow(skipClosers(runEnd)) == UPPER) {
                boundary();
                return i + 1;
            }
            takeRange(i, runEnd);
            return runEnd;
        }
        if (spaced && dots == 3) {
            takeRange(i, runEnd);                       // ". . ." inside a sentence
            return runEnd;
        }
        // "...", "…", "...." or " . . . ." : a boundary before a capital
        int q = skipClosers(runEnd);
        int next = follow(q);
        takeRange(i, q);
        if (next == UPPER || next == END) {
            boundary();
        }
        return q;
    }

    /**
     * Classifies what follows a terminator (after its closing quotes and brackets, starting
     * at {@code q}) and sets {@link #nextWord}.
     */
    private int follow(int q) {
        if (q >= n) {
            return END;
        }
        if (!isSpace(a[q])) {
            return GLUED;
        }
        int r = q;
        while (r < n && isSpace(a[r])) {
            r++;
        }
        if (r >= n) {
            return END;
        }
        int o = r;
        while (r < n && isOpener(a[r])) {
            r++;
        }
        if (r > o) {
            while (r < n && isSpace(a[r]) && a[r] != '\n') {
                r++;                                    // "\u00AB Bonjour", "\u00BF Qu\u00E9"
            }
            while (r < n && isOpener(a[r])) {
                r++;
            }
        }
        nextWord = r;
        if (r >= n) {
            return OTHER;
        }
        char c = a[r];
        if (isUpper(c)) {
            return UPPER;
        }
        if (isLower(c)) {
            return LOWER;
        }
        return isDigit(c) ? DIGIT : OTHER;
    }

    /**
     * Classifies the token that ends at the period at {@code dot}; looks back at most
     * MAX_TOKEN characters and never before the start of the current sentence.
     */
    private int classify(int dot) {
        int floor = Math.max(sentStart, 0);             // "Tuesday.Mr.": the token is "Mr"
        int t = dot;
        while (t > floor && dot - t < MAX_TOKEN && !isTokenStop(a[t - 1])) {
            t--;
        }
        if (t == dot || t > floor && !isTokenStop(a[t - 1])) {
            word = "";
            return REGULAR;                             // nothing in front, or too long to matter
        }
        char[] lower = new char[dot - t];
        boolean upper = true;
        for (int k = t; k < dot; k++) {
            char c = a[k];
            if (isLower(c)) {
                upper = false;
            }
            lower[k - t] = c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c < 0x80 ? c : Character.toLowerCase(c);
        }
        String w = new String(lower);
        word = w;
        wordUpper = upper;
        wordAtSentenceStart = t == sentStart || t > 0 && t - 1 == sentStart && isOpener(a[t - 1]);
        if (rules.prepositive.contains(w)) {
            return PREPOSITIVE;
        }
        if (rules.continuing.contains(w)) {
            return CONTINUING;
        }
        if (rules.ordinary.contains(w)) {
            return ORDINARY;
        }
        return isInitialism(w) ? INITIAL : REGULAR;
    }

    /** "j", "u.s", "u.s.a", "ph.d", "ll.m": letter groups of one or two, joined by periods. */
    private static boolean isInitialism(String word) {
        int group = 0;
        boolean dotted = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c == '.') {
                if (group == 0) {
                    return false;
                }
                dotted = true;
                group = 0;
            } else if (Character.isLetter(c) && group < 2) {
                group++;
            } else {
                return false;
            }
        }
        return group > 0 && (dotted || word.length() == 1);
    }

    private boolean isStarter(int at) {
        int e = at;
        while (e < n && e - at <= MAX_STARTER && Character.isLetter(a[e])) {
            e++;
        }
        return e - at <= MAX_STARTER && rules.starters.contains(new String(a, at, e - at));
    }

    /**
     * Skips the closing quotes and brackets right after a terminator, and a French closing
     * guillemet after a space ("Merci. \u00BB"); updates the open brackets and quotes.
     */
    private int skipClosers(int j) {
        while (j < n) {
            char c = a[j];
            if (isCloser(c)) {
                close(c);
                j++;
            } else if (j + 1 < n && a[j + 1] == '\u00BB' && isSpace(c) && c != '\n') {
                close('\u00BB');
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    // ---------------------------------------------------------------- URLs and e-mail

    /** Whether offset {@code i} is inside the body of a URL or e-mail address (checked once per token). */
    private boolean inUrl(int i) {
        if (urlToken != tokenStart) {
            urlToken = tokenStart;
            urlEnd = urlBodyEnd(tokenStart);
        }
        return i < urlEnd;
    }

    /**
     * At the start of a token: if the token is a URL or an e-mail address, returns the end
     * of its body (without trailing punctuation), otherwise {@code -1}.
     */
    private int urlBodyEnd(int i) {
        int k = i;
        while (k < n && isOpener(a[k])) {
            k++;
        }
        boolean url = k + 4 <= n && (a[k] | 0x20) == 'w' && (a[k + 1] | 0x20) == 'w'
                && (a[k + 2] | 0x20) == 'w' && a[k + 3] == '.';
        int end = k;
        while (end < n) {
            char c = a[end];
            if (isSpace(c)) {
                break;
            }
            if (c == '@' || c == ':' && end + 2 < n && a[end + 1] == '/' && a[end + 2] == '/') {
                url = true;
            }
            end++;
        }
        if (!url) {
            return -1;
        }
        while (end > k && isTrailing(a[end - 1])) {
            end--;
        }
        return end;
    }

    // ---------------------------------------------------------------- list markers

    /**
     * At a list-marker candidate: if it is taken as a list marker, starts a new sentence
     * before it, takes it and returns its end; otherwise returns {@code -1}. A candidate is a
     * list marker at the start of a line or sentence, or when the candidate before or after
     * it carries the neighbouring number or letter ("1. ... 2. ...", "a. ... b. ...").
     */
    private int listMarker() {
        int pos = markPos;
        int end = markEnd;
        int val = markVal;
        seekMarker(end);
        boolean reference = !lineStart && content && afterReference(pos);
        boolean marker = lineStart || !content || !reference && (val == prevMarkVal + 1 || markVal == val + 1);
        prevMarkVal = reference ? NO_MARKER : val;
        if (!marker) {
            return -1;
        }
        if (content) {
            boundary();
        }
        take(pos, end);
        return end;
    }

    /** Whether the word in front of the candidate at {@code pos} makes it a reference ("for 1. above"). */
    private boolean afterReference(int pos) {
        int e = pos;
        while (e > 0 && pos - e < 3 && isSpace(a[e - 1])) {
            e--;
        }
        int b = e;
        while (b > 0 && e - b <= MAX_REFERENCE_WORD && Character.isLetter(a[b - 1])) {
            b--;
        }
        if (b == e || e - b > MAX_REFERENCE_WORD) {
            return false;
        }
        return rules.references.contains(new String(a, b, e - b).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Finds the first list-marker candidate at or after {@code from}. Looks only at "." and
     * ")" and checks the one to three digits or the single letter in front of them.
     */
    private void seekMarker(int from) {
        for (int j = from; j < n; j++) {
            char c = a[j];
            if (c != '.' && c != ')' || c == ')' && j > 0 && a[j - 1] == '.') {
                continue;                               // ".)" is tried at its "."
            }
            int p = j;
            while (p > from && j - p <= MAX_MARKER_DIGITS && isAsciiDigit(a[p - 1])) {
                p--;
            }
            if (p == j && c == ')') {
                while (p > from && j - p < 4 && isRomanDigit(a[p - 1])) {
                    p--;                                // "(iv)"
                }
                if (p < j - 1 && !(p > from && a[p - 1] == '(')) {
                    p = j;
                }
            }
            if (p == j && p > from && a[p - 1] >= 'a' && a[p - 1] <= 'z') {
                p--;
            }
            if (c == ')' && p < j && p > from && a[p - 1] == '(') {
                p--;                                    // "(3)", "(c)", "(iv)"
            }
            if (p < j && (p == 0 || isGap(a[p - 1])) && markerAt(p)) {
                return;
            }
        }
        markPos = Integer.MAX_VALUE;
        markVal = NO_MARKER;
    }

    /** "12." "12.)" "12)" "b." "b)" followed by whitespace; sets the marker fields. */
    private boolean markerAt(int p) {
        if (a[p] == '(') {
            return bracketMarkerAt(p);
        }
        char c = a[p];
        int j = p;
        int val;
        if (c <= '9') {
            val = 0;
            while (j < n && isAsciiDigit(a[j])) {
                if (j - p == MAX_MARKER_DIGITS) {
                    return false;
                }
                val = val * 10 + a[j] - '0';
                j++;
            }
        } else {
            val = LETTER_MARKER_BASE + c;
            j++;
        }
        if (j < n && a[j] == '.') {
            j++;
            if (j < n && a[j] == ')') {
                j++;
            }
        } else if (j < n && a[j] == ')') {
            j++;
        } else {
            return false;
        }
        if (j >= n || !isSpace(a[j])) {
            return false;
        }
        markPos = p;
        markEnd = j;
        markVal = val;
        return true;
    }

    /** "(3)" "(c)" "(iv)" followed by whitespace; sets the marker fields. */
    private boolean bracketMarkerAt(int p) {
        int j = p + 1;
        int val = 0;
        if (j < n && isAsciiDigit(a[j])) {
            while (j < n && isAsciiDigit(a[j])) {
                if (j - p > MAX_MARKER_DIGITS) {
                    return false;
                }
                val = val * 10 + a[j] - '0';
                j++;
            }
        } else {
            int r = j;
            while (r < n && r - j < 4 && isRomanDigit(a[r])) {
                r++;
            }
            int roman = r < n && a[r] == ')' ? romanValue(j, r) : 0;
            if (roman > 1 || roman == 1 && (a[j] == 'i')) {
                val = ROMAN_MARKER_BASE + roman;        // "(i)" is read as one, not as the letter i
                j = r;
            } else if (j < n && a[j] >= 'a' && a[j] <= 'z') {
                val = LETTER_MARKER_BASE + a[j];
                j++;
            } else {
                return false;
            }
        }
        if (j >= n || a[j] != ')' || j + 1 >= n || !isSpace(a[j + 1])) {
            return false;
        }
        markPos = p;
        markEnd = j + 1;
        markVal = val;
        return true;
    }

    private static boolean isRomanDigit(char c) {
        return c == 'i' || c == 'v' || c == 'x';
    }

    /** The value of lower-case roman digits {@code a[from, to)} (i, v, x only), or 0 if not well formed. */
    private int romanValue(int from, int to) {
        int total = 0;
        for (int k = from; k < to; k++) {
            int v = a[k] == 'i' ? 1 : a[k] == 'v' ? 5 : 10;
            int next = k + 1 < to ? (a[k + 1] == 'i' ? 1 : a[k + 1] == 'v' ? 5 : 10) : 0;
            total += v < next ? -v : v;
        }
        return total > 0 && total < 40 ? total : 0;
    }

    // ---------------------------------------------------------------- character classes

    /** ASCII characters with no role at all: the scanner just takes them. */
    private static final boolean[] PLAIN = new boolean[0x80];

    /** ASCII whitespace, as {@link Character#isWhitespace(char)} defines it. */
    private static final boolean[] SPACE = new boolean[' ' + 1];

    static {
        for (char c = 0; c <= ' '; c++) {
            SPACE[c] = Character.isWhitespace(c);
        }
        for (char c = '!'; c < 0x7F; c++) {
            PLAIN[c] = true;
        }
        for (char c : ".!?()[]\"".toCharArray()) {
            PLAIN[c] = false;
        }
    }

    /** Whitespace or a bullet: what may precede a list marker. */
    private static boolean isGap(char c) {
        return isSpace(c) || c >= 0x80 && isBullet(c);
    }

    /** Whitespace: Java whitespace plus the Unicode space separators (no-break space etc.). */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c <= ' ' && SPACE[c];
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z';
        }
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    private static boolean isLower(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** What may follow "!" or "?" inside a sentence: a dash or a comma ("-- imagine! -- it"). */
    private static boolean isInnerPunctuation(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == ',' || c == ';';
    }

    private static boolean isDigit(char c) {
        return c < 0x80 ? isAsciiDigit(c) : Character.isDigit(c);
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? isAsciiDigit(c) || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetterOrDigit(c);
    }

    private static boolean isDot(char c) {
        return c == '.' || c == '\u2026';
    }

    private static boolean isBang(char c) {
        return c == '!' || c == '?' || c >= '\u203C' && c <= '\u203D' || c >= '\u2047' && c <= '\u2049';
    }

    private static boolean isCloser(char c) {
        return switch (c) {
            case '"', '\'', ')', ']', '}', '\u201D', '\u2019', '\u00BB', '\u203A' -> true;
            default -> false;
        };
    }

    private static boolean isOpener(char c) {
        return switch (c) {
            case '"', '\'', '(', '[', '{', '\u201C', '\u2018', '\u00AB', '\u2039', '<', '\u00BF', '\u00A1' -> true;
            default -> false;
        };
    }

    /** Where the look-back for the word before a period stops. */
    private static boolean isTokenStop(char c) {
        return isSpace(c) || c == '(' || c == '[' || c == '{' || c == '"' || c == '\u201C'
                || c == '\u2018' || c == '\u00AB';
    }

    /** Punctuation that ends a sentence rather than a URL. */
    private static boolean isTrailing(char c) {
        return isCloser(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?'
                || c == '>';
    }

    private static boolean isBullet(char c) {
        return switch (c) {
            case '\u2022', '\u25E6', '\u25AA', '\u25AB', '\u2023', '\u2043', '\u25CF', '\u25CB',
                 '\u25A0', '\u25A1', '\u25BA', '\u25B8', '\u25B6', '\u25C6', '\u25C7', '\u2713',
                 '\u2714', '\u27A2', '\u27A4', '\u00B7' -> true;
            default -> false;
        };
    }

    /** Bullets that count only at the start of a line and before a space. */
    private static boolean isDashBullet(char c) {
        return c == '-' || c == '*' || c == '\u2013' || c == '\u2014' || c == '+';
    }
}
