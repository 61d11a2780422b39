package org.igfreport.internal.base;

import java.util.Locale;

/** The core's copy of the public {@code org.igfreport.Severity}: how serious a finding is, least to most. */
public enum Severity {
    /** A remark; never fails a build by default. */
    INFO,
    /** Something a reviewer would ask the rapporteur to change. */
    WARNING,
    /** The report breaks the template. */
    ERROR;

    /** @return the lower-case id used in output and configuration ({@code info}, {@code warning}, {@code error}) */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
