package org.igfreport.internal.read;

import org.igfreport.internal.base.Finding;
import org.igfreport.internal.document.Document;

/**
 * Thrown by a {@link ReadBudget} when reading a file went over one of the {@link org.igfreport.internal.base.Limits}
 * (a work budget, the time budget) or its thread was interrupted: the reader that catches it
 * turns it into the {@code input-unreadable} document it carries. Unchecked, so that it passes
 * through library code (PDFBox operator processors, parsers) that only handles its own
 * exceptions; it has no stack trace (it is not a bug).
 */
public final class BudgetExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Finding finding;

    /** @param finding the {@code input-unreadable} finding that says which limit and how to raise it */
    public BudgetExceeded(Finding finding) {
        super(finding.message(), null, false, false);
        this.finding = finding;
    }

    /** @return the finding */
    public Finding finding() {
        return finding;
    }

    /**
     * @param name the file's name
     * @param format the format id
     * @return the unreadable document for it
     */
    public Document document(String name, String format) {
        return Document.unreadable(name, format, finding);
    }
}
