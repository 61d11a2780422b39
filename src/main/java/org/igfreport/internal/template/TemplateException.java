package org.igfreport.internal.template;

/** A template file that cannot be used: it names the file, the line and the problem. */
public final class TemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file, line and problem, as one line. */
    private final String file;
    private final int line;

    /**
     * @param file the template file
     * @param line the 1-based line
     * @param problem what is wrong
     */
    public TemplateException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** @return the template file */
    public String file() {
        return file;
    }

    /** @return the line of the problem */
    public int line() {
        return line;
    }
}
