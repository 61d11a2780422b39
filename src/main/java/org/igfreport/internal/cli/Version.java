package org.igfreport.internal.cli;

import picocli.CommandLine.IVersionProvider;

/** The tool's name and version, read from the jar manifest ({@code dev} when run from classes). */
public final class Version implements IVersionProvider {

    /** The tool's name as it appears in output. */
    public static final String NAME = "igf-report";

    /** @return the version of this build, e.g. {@code 0.1.0}, or {@code dev} outside a jar */
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    /** @return the lines printed by {@code --version} */
    @Override
    public String[] getVersion() {
        return new String[] {NAME + " " + current()};
    }
}
