package org.igfreport.internal.document;

import java.util.List;

/**
 * A section of a structured (YAML or JSON) report, keyed by section id: the key's place and
 * the value as blocks. For list values each block is one entry; for a prose string each block
 * is one paragraph (split at blank lines).
 *
 * @param id the section id (the key)
 * @param key where the key is
 * @param blocks the entries or paragraphs, each as its lines
 * @param list whether the value was a list
 */
public record StructuredField(String id, Fragment key, List<List<Fragment>> blocks, boolean list) {
    /** Makes the lists immutable. */
    public StructuredField {
        blocks = blocks.stream().map(List::copyOf).toList();
    }
}
