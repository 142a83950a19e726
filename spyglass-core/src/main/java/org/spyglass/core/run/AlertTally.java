package org.spyglass.core.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.Alert;

/** Counts the alerts of a run as they come. Thread-safe. */
final class AlertTally {
    private final Map<Level, Long> byLevel = new EnumMap<>(Level.class);
    private final TreeSet<String> malware = new TreeSet<>();
    private long severeIndicator;
    private long severeHeuristic;
    private Instant firstSevereMatch;

    synchronized void add(Alert alert) {
        byLevel.merge(alert.level(), 1L, Long::sum);
        if (!alert.level().isSevere()) {
            return;
        }
        if (alert.matches().isEmpty()) {
            severeHeuristic++;
            return;
        }
        severeIndicator++;
        for (IndicatorMatch match : alert.matches()) {
            String name = match.indicator().provenance().get(0).malware();
            if (name != null && !name.isBlank()) {
                malware.add(name);
                if (malware.size() > AlertCounts.MAX_MALWARE_NAMES) {
                    malware.pollLast();
                }
            }
        }
        Instant time = alert.eventTime();
        if (time != null && (firstSevereMatch == null || time.isBefore(firstSevereMatch))) {
            firstSevereMatch = time;
        }
    }

    synchronized AlertCounts counts() {
        return new AlertCounts(byLevel, severeIndicator, severeHeuristic, new ArrayList<>(malware), firstSevereMatch);
    }
}
