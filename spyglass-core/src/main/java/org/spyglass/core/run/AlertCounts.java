package org.spyglass.core.run;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.Level;

/**
 * The alerts of a run, counted.
 *
 * @param byLevel          alerts by level; every level present
 * @param severeIndicator  alerts of level HIGH or above with at least one indicator match
 * @param severeHeuristic  alerts of level HIGH or above raised by a heuristic, without an indicator match
 * @param malware          malware or campaign names of the indicators behind severe alerts, sorted, at most
 *                         {@link #MAX_MALWARE_NAMES}
 * @param firstSevereMatch the earliest event time of a severe indicator alert, or null when none has a time
 */
public record AlertCounts(Map<Level, Long> byLevel, long severeIndicator, long severeHeuristic, List<String> malware,
                          Instant firstSevereMatch) {
    /** How many malware names are kept for the verdict. */
    public static final int MAX_MALWARE_NAMES = 10;

    public AlertCounts {
        EnumMap<Level, Long> all = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            all.put(level, byLevel.getOrDefault(level, 0L));
        }
        byLevel = Map.copyOf(all);
        malware = List.copyOf(malware);
    }

    public static AlertCounts none() {
        return new AlertCounts(Map.of(), 0, 0, List.of(), null);
    }

    public long total() {
        return byLevel.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Alerts of level HIGH or above. */
    public long severe() {
        return byLevel.entrySet().stream().filter(e -> e.getKey().isSevere()).mapToLong(Map.Entry::getValue).sum();
    }
}
