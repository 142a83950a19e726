package org.spyglass.core.ioc.load;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.internal.CompactEntries;
import org.spyglass.core.ioc.internal.StringTable;
import org.spyglass.core.ioc.values.IndicatorValues;
import org.spyglass.core.module.Warning;

/** Gathers what one file yields: normalised entries, per-type counts, malware names, dates and capped warnings. */
final class FileCollector {
    static final String WARNING_MODULE = "indicators";
    private static final int MAX_WARNINGS = 100;
    private static final int SECOND_PREFIX = "2024-01-02T03:04:05".length();

    private final String feed;
    private final String path;
    private final CompactEntries.Builder entries = new CompactEntries.Builder();
    private final Map<IndicatorType, StringTable> distinct = new EnumMap<>(IndicatorType.class);
    private final Set<String> malware = new LinkedHashSet<>();
    private final List<Warning> warnings = new ArrayList<>();
    private int droppedWarnings;
    private Instant newest;
    private String newestSecond = "";

    FileCollector(String feed, String path) {
        this.feed = feed;
        this.path = path;
    }

    String feed() {
        return feed;
    }

    String path() {
        return path;
    }

    /** Normalises and keeps one value; a bad value becomes a warning naming {@code where} (e.g. the indicator id). */
    void add(IndicatorType declared, String raw, Provenance provenance, String where) {
        add(declared, raw, List.of(provenance), where);
    }

    /** Normalises one value once and keeps it with each of its provenances. */
    void add(IndicatorType declared, String raw, List<Provenance> provenances, String where) {
        IndicatorValues.Normalised value;
        try {
            value = IndicatorValues.normalise(declared, raw);
        } catch (IndicatorValues.InvalidValueException e) {
            warn(where + ": " + e.getMessage() + " ('" + abbreviate(raw) + "'); skipped");
            return;
        }
        distinct.computeIfAbsent(value.type(), t -> new StringTable()).put(value.value(), Boolean.TRUE);
        for (Provenance provenance : provenances) {
            entries.add(value.type(), value.value(), provenance);
            if (provenance.malware() != null) {
                malware.add(provenance.malware());
            }
        }
    }

    /** Remembers a {@code created}/{@code modified} time stamp; unreadable ones are ignored. */
    void seenDate(String timestamp) {
        if (timestamp == null || timestamp.length() < SECOND_PREFIX) {
            return;
        }
        // ISO-8601 UTC stamps sort as text up to the second: parse only those that may be newer.
        String second = timestamp.substring(0, SECOND_PREFIX);
        if (second.compareTo(newestSecond) < 0) {
            return;
        }
        newestSecond = second;
        Instant instant = parseInstant(timestamp);
        if (instant != null && (newest == null || instant.isAfter(newest))) {
            newest = instant;
        }
    }

    void warn(String message) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(new Warning(WARNING_MODULE, path, message));
        } else {
            droppedWarnings++;
        }
    }

    LoadedFile finish(String sha256) {
        List<Warning> all = new ArrayList<>(warnings);
        if (droppedWarnings > 0) {
            all.add(new Warning(WARNING_MODULE, path, droppedWarnings + " more indicators were skipped"));
        }
        Map<IndicatorType, Integer> counts = new EnumMap<>(IndicatorType.class);
        distinct.forEach((type, values) -> counts.put(type, values.size()));
        distinct.clear();
        FeedFile file = new FeedFile(feed, path, sha256, List.copyOf(malware), counts, newest);
        return new LoadedFile(file, entries.build(), all);
    }

    private static Instant parseInstant(String timestamp) {
        try {
            return Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
