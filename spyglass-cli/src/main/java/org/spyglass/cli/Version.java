package org.spyglass.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ("development" when run from classes). */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Spyglass " + current()};
    }
}
