package org.igfreport;

/**
 * Bounds on what one report may cost, so that a hostile or broken file becomes a finding rather
 * than an exhausted machine. Hitting a limit is itself an {@code input-unreadable} finding.
 *
 * @param maxBytes the largest file read, in bytes
 * @param maxPages the most PDF pages read
 * @param maxDepth the deepest nesting of YAML/JSON structures
 * @param maxAliases the most YAML aliases
 */
public record Limits(long maxBytes, int maxPages, int maxDepth, int maxAliases) {

    /** 20 MB, 500 pages, depth 64, 50 aliases. */
    public static final Limits DEFAULTS = new Limits(20L * 1024 * 1024, 500, 64, 50);

    /** Rejects nonsense. */
    public Limits {
        if (maxBytes <= 0 || maxPages <= 0 || maxDepth <= 0 || maxAliases < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @param bytes the largest file read, in bytes
     *  @return these limits with another size limit */
    public Limits withMaxBytes(long bytes) {
        return new Limits(bytes, maxPages, maxDepth, maxAliases);
    }

    /** @param pages the most PDF pages read
     *  @return these limits with another page limit */
    public Limits withMaxPages(int pages) {
        return new Limits(maxBytes, pages, maxDepth, maxAliases);
    }

    /** @param depth the deepest nesting
     *  @return these limits with another depth limit */
    public Limits withMaxDepth(int depth) {
        return new Limits(maxBytes, maxPages, depth, maxAliases);
    }

    /** @param aliases the most YAML aliases
     *  @return these limits with another alias limit */
    public Limits withMaxAliases(int aliases) {
        return new Limits(maxBytes, maxPages, maxDepth, aliases);
    }
}
