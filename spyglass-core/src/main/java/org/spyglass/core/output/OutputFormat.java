package org.spyglass.core.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The identity of the output format, written into {@code info.json} and {@code summary.json}. */
public final class OutputFormat {
    /** The version of the schema documented in {@code docs/output-format.md}; raised on any incompatible change. */
    public static final int SCHEMA_VERSION = 1;
    /** The MVT output these files stay compatible with. */
    public static final String MVT_COMPATIBLE = "mvt-2026.7.29-v3";

    private static final String VERSION = readVersion();

    private OutputFormat() {
    }

    /** The Spyglass version that wrote the files, from the build. */
    public static String spyglassVersion() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = OutputFormat.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
