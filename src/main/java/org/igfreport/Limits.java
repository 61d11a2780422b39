package org.igfreport;

import java.time.Duration;
import java.util.Locale;

/**
 * Bounds on what one report may cost, so that a hostile or broken file becomes a finding rather
 * than an exhausted machine. Hitting a limit is itself an {@code input-unreadable} finding.
 *
 * <p>{@link #maxTime()} is kept by whoever runs many checks (the command line and the Maven goal,
 * through {@code BatchRunner}): a report still being checked after that time is reported as
 * {@code input-unreadable} ("took too long") and the run goes on. A single
 * {@link ReportValidator#validate} call made through the API runs to its end.
 *
 * @param maxBytes the largest file read, in bytes
 * @param maxPages the most PDF pages read
 * @param maxDepth the deepest nesting of YAML/JSON structures
 * @param maxAliases the most YAML aliases
 * @param maxTime the longest one report may take to check
 */
public record Limits(long maxBytes, int maxPages, int maxDepth, int maxAliases, Duration maxTime) {

    /** The default time budget per report: 30 seconds. */
    public static final Duration DEFAULT_TIME = Duration.ofSeconds(30);

    /** 20 MB, 500 pages, depth 64, 50 aliases, 30 seconds per report. */
    public static final Limits DEFAULTS = new Limits(20L * 1024 * 1024, 500, 64, 50, DEFAULT_TIME);

    /** Rejects nonsense. */
    public Limits {
        if (maxBytes <= 0 || maxPages <= 0 || maxDepth <= 0 || maxAliases < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
    }

    /**
     * Limits with the default time budget.
     *
     * @param maxBytes the largest file read, in bytes
     * @param maxPages the most PDF pages read
     * @param maxDepth the deepest nesting of YAML/JSON structures
     * @param maxAliases the most YAML aliases
     */
    public Limits(long maxBytes, int maxPages, int maxDepth, int maxAliases) {
        this(maxBytes, maxPages, maxDepth, maxAliases, DEFAULT_TIME);
    }

    /** @param bytes the largest file read, in bytes
     *  @return these limits with another size limit */
    public Limits withMaxBytes(long bytes) {
        return new Limits(bytes, maxPages, maxDepth, maxAliases, maxTime);
    }

    /** @param pages the most PDF pages read
     *  @return these limits with another page limit */
    public Limits withMaxPages(int pages) {
        return new Limits(maxBytes, pages, maxDepth, maxAliases, maxTime);
    }

    /** @param depth the deepest nesting
     *  @return these limits with another depth limit */
    public Limits withMaxDepth(int depth) {
        return new Limits(maxBytes, maxPages, depth, maxAliases, maxTime);
    }

    /** @param aliases the most YAML aliases
     *  @return these limits with another alias limit */
    public Limits withMaxAliases(int aliases) {
        return new Limits(maxBytes, maxPages, maxDepth, aliases, maxTime);
    }

    /** @param time the longest one report may take to check
     *  @return these limits with another time budget */
    public Limits withMaxTime(Duration time) {
        return new Limits(maxBytes, maxPages, maxDepth, maxAliases, time);
    }

    /**
     * Reads a size as people write it: {@code 20MB}, {@code 512 KB}, {@code 1.5 GB}, {@code 1000}
     * (bytes). KB, MB and GB are powers of 1024.
     *
     * @param text the size
     * @return the bytes
     * @throws IllegalArgumentException when it is not a positive size
     */
    public static long parseSize(String text) {
        String s = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        String[][] units = {{"KB", "1024"}, {"MB", "1048576"}, {"GB", "1073741824"}, {"K", "1024"},
            {"M", "1048576"}, {"G", "1073741824"}, {"B", "1"}};
        for (String[] u : units) {
            if (s.endsWith(u[0])) {
                unit = Long.parseLong(u[1]);
                s = s.substring(0, s.length() - u[0].length());
                break;
            }
        }
        try {
            double v = Double.parseDouble(s);
            if (!(v > 0) || v * unit > Long.MAX_VALUE / 2) {
                throw new NumberFormatException();
            }
            return Math.max(1, (long) (v * unit));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a size; write e.g. 20MB, 512KB or 1GB");
        }
    }

    /**
     * Reads a duration as people write it: {@code 30s}, {@code 2m}, {@code 500ms}, {@code 45}
     * (seconds).
     *
     * @param text the duration
     * @return the duration
     * @throws IllegalArgumentException when it is not a positive duration
     */
    public static Duration parseDuration(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        long millisPerUnit = 1000;
        if (s.endsWith("ms")) {
            millisPerUnit = 1;
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m") || s.endsWith("min")) {
            millisPerUnit = 60_000;
            s = s.substring(0, s.length() - (s.endsWith("min") ? 3 : 1));
        }
        try {
            double v = Double.parseDouble(s);
            if (!(v > 0) || v * millisPerUnit > 1e12) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(Math.max(1, (long) (v * millisPerUnit)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 30s, 2m or 500ms");
        }
    }
}
