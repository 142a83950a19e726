package org.spyglass.cli.feeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.load.IndicatorFileLoader;
import org.spyglass.core.ioc.load.LoadedFile;
import org.spyglass.core.ioc.load.PlainList;

/**
 * The public feeds shipped inside Spyglass, under {@code org/spyglass/feeds/} on the class path. A jar cannot list
 * a folder, so {@value #MANIFEST} names each file and its feed, and says what a plain list holds (its header
 * describes the line format). Provenance names a bundled file as {@code bundled:<path>}.
 */
final class BundledFeeds {
    static final String ROOT = "/org/spyglass/feeds/";
    static final String MANIFEST = "feeds.txt";
    /** The copy of MVT's feed index shipped with Spyglass (what {@code iocs update} downloads by default). */
    static final String DEFAULT_INDEX = "mvt-indicators/indicators.yaml";

    /**
     * One line of the manifest.
     *
     * @param list how to read the file when it is a plain list; null for a STIX bundle or an ECHAP app list
     */
    record Entry(String path, String feed, PlainList list) {
    }

    private BundledFeeds() {
    }

    static List<Entry> manifest() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = open(MANIFEST);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(entry(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled " + MANIFEST, e);
        }
        return entries;
    }

    /** Parses one manifest line: path, feed, then for a plain list {@code key=value} options, tab-separated. */
    static Entry entry(String line) {
        String[] fields = line.split("\t");
        if (fields.length < 2 || fields[0].isBlank() || fields[1].isBlank()) {
            throw badLine(line, "expected <path> TAB <feed name>");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < fields.length; i++) {
            int equals = fields[i].indexOf('=');
            if (equals <= 0 || options.put(fields[i].substring(0, equals).strip(),
                    fields[i].substring(equals + 1).strip()) != null) {
                throw badLine(line, "'" + fields[i] + "' is not a key=value option, or repeats one");
            }
        }
        String type = options.remove("type");
        String format = options.remove("format");
        String campaign = options.remove("campaign");
        String category = options.remove("category");
        if (!options.isEmpty()) {
            throw badLine(line, "unknown option " + options.keySet());
        }
        PlainList list;
        if (type != null && format == null) {
            list = PlainList.values(indicatorType(line, type), campaign, category);
        } else if (type == null && "csv".equals(format)) {
            list = PlainList.csv(campaign, category);
        } else if (type == null && format == null && campaign == null && category == null) {
            list = null;
        } else {
            throw badLine(line, "a plain list needs either type=<indicator type> or format=csv");
        }
        return new Entry(fields[0].strip(), fields[1].strip(), list);
    }

    private static IndicatorType indicatorType(String line, String name) {
        try {
            return IndicatorType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw badLine(line, "unknown indicator type '" + name + "'");
        }
    }

    private static IllegalStateException badLine(String line, String why) {
        return new IllegalStateException("Bad line in the bundled " + MANIFEST + " (" + why + "): " + line);
    }

    static LoadedFile load(Entry entry) {
        return load(entry, read(entry));
    }

    /** Parses the content of a bundled feed file, as {@link #read} gave it. */
    static LoadedFile load(Entry entry, byte[] content) {
        String name = "bundled:" + entry.path();
        return entry.list() == null ? IndicatorFileLoader.load(entry.feed(), name, content)
                : IndicatorFileLoader.loadList(entry.feed(), name, content, entry.list());
    }

    /** The bytes of a bundled feed file. */
    static byte[] read(Entry entry) {
        try (InputStream in = open(entry.path())) {
            return in.readAllBytes();
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
