package org.igfreport.internal.cli;

import picocli.CommandLine.Option;

/**
 * The reading limits' options ({@code --max-file-size} to {@code --max-word-elements}) of the commands
 * declared with picocli's annotations that read reports as {@code check} does ({@code summary},
 * {@code extract}), as a picocli mixin; {@link #applyTo} hands them to the check code that reads them
 * ({@link CheckCommand#limits}). {@code check} itself declares them in its programmatic spec.
 */
final class LimitOptions {

    @Option(names = "--max-file-size", paramLabel = "SIZE")
    String maxFileSize;

    @Option(names = "--max-pages", paramLabel = "N")
    String maxPages;

    @Option(names = "--max-depth", paramLabel = "N")
    String maxDepth;

    @Option(names = "--max-aliases", paramLabel = "N")
    String maxAliases;

    @Option(names = "--max-time", paramLabel = "DURATION")
    String maxTime;

    @Option(names = "--max-operators", paramLabel = "N")
    String maxOperators;

    @Option(names = "--max-page-operators", paramLabel = "N")
    String maxPageOperators;

    @Option(names = "--max-glyphs", paramLabel = "N")
    String maxGlyphs;

    @Option(names = "--max-page-glyphs", paramLabel = "N")
    String maxPageGlyphs;

    @Option(names = "--max-form-calls", paramLabel = "N")
    String maxFormCalls;

    @Option(names = "--max-inflated", paramLabel = "SIZE")
    String maxInflated;

    @Option(names = "--max-nodes", paramLabel = "N")
    String maxNodes;

    @Option(names = "--max-word-elements", paramLabel = "N")
    String maxWordElements;

    /** Sets these options on a check command, whose code reads them. */
    void applyTo(CheckCommand c) {
        c.maxFileSize = maxFileSize;
        c.maxPages = maxPages;
        c.maxDepth = maxDepth;
        c.maxAliases = maxAliases;
        c.maxTime = maxTime;
        c.maxOperators = maxOperators;
        c.maxPageOperators = maxPageOperators;
        c.maxGlyphs = maxGlyphs;
        c.maxPageGlyphs = maxPageGlyphs;
        c.maxFormCalls = maxFormCalls;
        c.maxInflated = maxInflated;
        c.maxNodes = maxNodes;
        c.maxWordElements = maxWordElements;
    }
}
