package org.igfreport.internal.read;

import org.igfreport.internal.base.Limits;
import org.igfreport.internal.document.Document;

/**
 * Reads one input format into a {@link Document}. Readers never throw for bad input: a file
 * they cannot read becomes a document with an {@code input-unreadable} finding. Stateless and
 * thread-safe.
 */
public interface ReportReader {

    /** @return the format id ({@code text}, {@code markdown}, ...) */
    String format();

    /**
     * @param content the file's bytes (already within {@link Limits#maxBytes()})
     * @param name the file's path or name, for messages
     * @param limits the limits in force
     * @return the document
     */
    Document read(byte[] content, String name, Limits limits);
}
