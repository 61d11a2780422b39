package org.igfreport.internal.document;

/** What a reader knows about the end of a row: does the paragraph go on after it? */
public enum Break {
    /** The reader cannot tell (plain text): the paragraph splitter decides from the layout. */
    UNKNOWN,
    /** The next row continues the same paragraph (a soft line break in Markdown, a wrapped line in a PDF paragraph). */
    SOFT,
    /** A paragraph ends after this row. */
    HARD
}
