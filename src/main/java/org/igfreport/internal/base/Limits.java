package org.igfreport.internal.base;

import java.time.Duration;

/**
 * The core's copy of the public {@code org.igfreport.Limits} (the facade converts it, so that the
 * core never depends on the public package). Bounds on what one report may cost, so that a hostile or broken file becomes a finding rather
 * than an exhausted machine. Hitting a limit is itself an {@code input-unreadable} finding, which
 * names the limit and the option that raises it.
 *
 * <p>The work budgets are counted by the readers as they go (cooperatively: no thread is ever
 * abandoned), and so is {@link #maxTime()}: a {@code ReportValidator.validate} call whose reading
 * takes longer stops at the next budget point with a {@code too-slow} finding, and so does one
 * whose thread is interrupted. Whoever runs many checks (the command line and the Maven goal,
 * through {@code BatchRunner}) also keeps the time budget from outside.
 *
 * @param maxBytes the largest file read, in bytes
 * @param maxPages the most PDF pages read
 * @param maxDepth the deepest nesting of YAML/JSON structures
 * @param maxAliases the most YAML aliases
 * @param maxTime the longest one report may take to check
 * @param maxOperators the most PDF content-stream operators run in one document
 * @param maxPageOperators the most PDF content-stream operators run for one page
 * @param maxGlyphs the most PDF glyphs shown in one document
 * @param maxPageGlyphs the most PDF glyphs shown on one page
 * @param maxFormCalls the most PDF form XObjects drawn in one document (every drawing counts)
 * @param maxInflated the most PDF content-stream bytes inflated in one document (every drawing counts)
 * @param maxNodes the most YAML/JSON keys and values (aliases expanded) in one document
 * @param maxWordElements the most Word table rows, cells and paragraphs in one document
 */
public record Limits(long maxBytes, int maxPages, int maxDepth, int maxAliases, Duration maxTime,
        long maxOperators, long maxPageOperators, long maxGlyphs, long maxPageGlyphs, long maxFormCalls,
        long maxInflated, long maxNodes, long maxWordElements) {

    /** The default time budget per report: 30 seconds. */
    public static final Duration DEFAULT_TIME = Duration.ofSeconds(30);

    /** Default: 20,000,000 PDF operators per document. */
    public static final long DEFAULT_OPERATORS = 20_000_000;
    /** Default: 2,000,000 PDF operators per page. */
    public static final long DEFAULT_PAGE_OPERATORS = 2_000_000;
    /** Default: 5,000,000 PDF glyphs per document. */
    public static final long DEFAULT_GLYPHS = 5_000_000;
    /** Default: 200,000 PDF glyphs per page. */
    public static final long DEFAULT_PAGE_GLYPHS = 200_000;
    /** Default: 100,000 form XObject drawings per document. */
    public static final long DEFAULT_FORM_CALLS = 100_000;
    /** Default: 128 MB of PDF content streams inflated per document. */
    public static final long DEFAULT_INFLATED = 128L * 1024 * 1024;
    /** Default: 200,000 YAML/JSON keys and values. */
    public static final long DEFAULT_NODES = 200_000;
    /** Default: 1,000,000 Word table rows, cells and paragraphs. */
    public static final long DEFAULT_WORD_ELEMENTS = 1_000_000;

    /** 20 MB, 500 pages, depth 64, 50 aliases, 30 seconds per report, and the default work budgets. */
    public static final Limits DEFAULTS = new Limits(20L * 1024 * 1024, 500, 64, 50, DEFAULT_TIME);

    /** Rejects nonsense. */
    public Limits {
        if (maxBytes <= 0 || maxPages <= 0 || maxDepth <= 0 || maxAliases < 0) {
            throw new IllegalArgumentException(Texts.format("limits.positive"));
        }
        if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException(Texts.format("limits.time-positive"));
        }
        if (maxOperators <= 0 || maxPageOperators <= 0 || maxGlyphs <= 0 || maxPageGlyphs <= 0 || maxFormCalls < 0
                || maxInflated <= 0 || maxNodes <= 0 || maxWordElements <= 0) {
            throw new IllegalArgumentException(Texts.format("limits.positive"));
        }
    }

    /**
     * Limits with the default work budgets.
     *
     * @param maxBytes the largest file read, in bytes
     * @param maxPages the most PDF pages read
     * @param maxDepth the deepest nesting of YAML/JSON structures
     * @param maxAliases the most YAML aliases
     * @param maxTime the longest one report may take to check
     */
    public Limits(long maxBytes, int maxPages, int maxDepth, int maxAliases, Duration maxTime) {
        this(maxBytes, maxPages, maxDepth, maxAliases, maxTime, DEFAULT_OPERATORS, DEFAULT_PAGE_OPERATORS,
                DEFAULT_GLYPHS, DEFAULT_PAGE_GLYPHS, DEFAULT_FORM_CALLS, DEFAULT_INFLATED, DEFAULT_NODES,
                DEFAULT_WORD_ELEMENTS);
    }

    /** @param pages the most PDF pages read
     *  @return these limits with another page limit */
    public Limits withMaxPages(int pages) {
        return new Limits(maxBytes, pages, maxDepth, maxAliases, maxTime, maxOperators, maxPageOperators, maxGlyphs,
                maxPageGlyphs, maxFormCalls, maxInflated, maxNodes, maxWordElements);
    }

    /** @param time the longest one report may take to check
     *  @return these limits with another time budget */
    public Limits withMaxTime(Duration time) {
        return new Limits(maxBytes, maxPages, maxDepth, maxAliases, time, maxOperators, maxPageOperators, maxGlyphs,
                maxPageGlyphs, maxFormCalls, maxInflated, maxNodes, maxWordElements);
    }

    /** @param n the most PDF operators per document
     *  @return these limits with another operator budget */
    public Limits withMaxOperators(long n) {
        return new Limits(maxBytes, maxPages, maxDepth, maxAliases, maxTime, n, maxPageOperators, maxGlyphs,
                maxPageGlyphs, maxFormCalls, maxInflated, maxNodes, maxWordElements);
    }

    /** @param n the most PDF operators per page
     *  @return these limits with another per-page operator budget */
    public Limits withMaxPageOperators(long n) {
        return new Limits(maxBytes, maxPages, maxDepth, maxAliases, maxTime, maxOperators, n, maxGlyphs,
                maxPageGlyphs, maxFormCalls, maxInflated, maxNodes, maxWordElements);
    }

    /** @param n the most PDF glyphs per document
     *  @return these limits with another glyph budget */
    public Limits withMaxGlyphs(long n) {
        return new Limits(maxBytes, maxPages, maxDepth, maxAliases, maxTime, maxOperators, maxPageOperators, n,
                maxPageGlyphs, maxFormCalls, maxInflated, maxNodes, maxWordElements);
    }

    /** @param n the most PDF glyphs per page
     *  @return these limits with another per-page glyph budget */
    public Limits withMaxPageGlyphs(long n) {
        return new Limits(maxBytes, maxPages, maxDepth, maxAliases, maxTime, maxOperators, maxPageOperators, maxGlyphs,
                n, maxFormCalls, maxInflated, maxNodes, maxWordElements);
    }

    /** @param n the most form XObject drawings per document
     *  @return these limits with another form budget */
    public Limits withMaxFormCalls(long n) {
        return new Limits(maxBytes, maxPages, maxDepth, maxAliases, maxTime, maxOperators, maxPageOperators, maxGlyphs,
                maxPageGlyphs, n, maxInflated, maxNodes, maxWordElements);
    }

    /** @param bytes the most content-stream bytes inflated per document
     *  @return these limits with another inflation budget */
    public Limits withMaxInflated(long bytes) {
        return new Limits(maxBytes, maxPages, maxDepth, maxAliases, maxTime, maxOperators, maxPageOperators, maxGlyphs,
                maxPageGlyphs, maxFormCalls, bytes, maxNodes, maxWordElements);
    }

    /** @param n the most YAML/JSON keys and values
     *  @return these limits with another node budget */
    public Limits withMaxNodes(long n) {
        return new Limits(maxBytes, maxPages, maxDepth, maxAliases, maxTime, maxOperators, maxPageOperators, maxGlyphs,
                maxPageGlyphs, maxFormCalls, maxInflated, n, maxWordElements);
    }

    /** @param n the most Word table rows, cells and paragraphs
     *  @return these limits with another Word budget */
    public Limits withMaxWordElements(long n) {
        return new Limits(maxBytes, maxPages, maxDepth, maxAliases, maxTime, maxOperators, maxPageOperators, maxGlyphs,
                maxPageGlyphs, maxFormCalls, maxInflated, maxNodes, n);
    }
}
