package org.spyglass.cli.feeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.spyglass.core.ioc.load.IndicatorFileLoader;
import org.spyglass.core.ioc.load.LoadedFile;

/**
 * The public feeds shipped inside Spyglass, under {@code org/spyglass/feeds/} on the class path. A jar cannot list
 * a folder, so {@value #MANIFEST} names each file and its feed. Provenance names a bundled file as
 * {@code bundled:<path>}.
 */
final class BundledFeeds {
    static final String ROOT = "/org/spyglass/feeds/";
    static final String MANIFEST = "feeds.txt";
    /** The copy of MVT's feed index shipped with Spyglass (what {@code iocs update} downloads by default). */
    static final String DEFAULT_INDEX = "mvt-indicators/indicators.yaml";

    /** One line of the manifest. */
    record Entry(String path, String feed) {
    }

    private BundledFeeds() {
    }

    static List<Entry> manifest() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = open(MANIFEST);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException("Bad line in the bundled " + MANIFEST + ": " + line);
                }
                entries.add(new Entry(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled " + MANIFEST, e);
        }
        return entries;
    }

    static LoadedFile load(Entry entry) {
        try (InputStream in = open(entry.path())) {
            return IndicatorFileLoader.load(entry.feed(), "bundled:" + entry.path(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled feed " + entry.path(), e);
        }
    }

    static InputStream open(String path) {
        InputStream in = BundledFeeds.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("The bundled feed file " + path + " is missing from this build");
        }
        return in;
    }
}
