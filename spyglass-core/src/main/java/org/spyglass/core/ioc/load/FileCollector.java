package org.spyglass.core.ioc.load;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.values.IndicatorValues;
import org.spyglass.core.module.Warning;

/** Gathers what one file yields: normalised entries, per-type counts, malware names, dates and capped warnings. */
final class FileCollector {
    static final String WARNING_MODULE = "indicators";
    private static final int MAX_WARNINGS = 100;

    private final String feed;
    private final String path;
    private final List<FeedEntry> entries = new ArrayList<>();
    private final Set<String> distinct = new HashSet<>();
    private final Map<IndicatorType, Integer> counts = new EnumMap<>(IndicatorType.class);
    private final Set<String> malware = new LinkedHashSet<>();
    private final List<Warning> warnings = new ArrayList<>();
    private int droppedWarnings;
    private Instant newest;

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
        IndicatorValues.Normalised value;
        try {
            value = IndicatorValues.normalise(declared, raw);
        } catch (IndicatorValues.InvalidValueException e) {
            warn(where + ": " + e.getMessage() + " ('" + abbreviate(raw) + "'); skipped");
            return;
        }
        entries.add(new FeedEntry(value.type(), value.value(), provenance));
        if (distinct.add(value.type().ordinal() + ":" + value.value())) {
            counts.merge(value.type(), 1, Integer::sum);
        }
        if (provenance.malware() != null) {
            malware.add(provenance.malware());
        }
    }

    /** Remembers a {@code created}/{@code modified} time stamp; unreadable ones are ignored. */
    void seenDate(String timestamp) {
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
        FeedFile file = new FeedFile(feed, path, sha256, List.copyOf(malware), counts, newest);
        return new LoadedFile(file, entries, all);
    }

    private static Instant parseInstant(String timestamp) {
        if (timestamp == null) {
            return null;
        }
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
