package org.spyglass.ios.locationd;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;
import org.spyglass.ios.process.DaemonLookalikes;

/**
 * Matches each client's name, bundle id and paths against the indicators (HIGH, as MVT rates locationd matches), and
 * its executable names against genuine iOS daemon names. One alert per client carrying every indicator it matched;
 * its message names each field with the indicators first matched there, so an indicator matched by several fields
 * (the same program named by its path and by its executable) is cited once.
 */
final class LocationdClientsChecker implements Checker<LocationdClient> {
    static final Heuristic DAEMON_LOOKALIKE = DaemonLookalikes.heuristic("ios.locationd_clients.daemon-lookalike");
    private static final String ARTIFACT = "locationd clients.plist";

    @Override
    public void check(LocationdClient record, CheckContext context) {
        Found found = new Found();
        found.add("client \"" + record.client() + "\"", context.indicators().matchProcess(record.processName()));
        if (record.bundleId() != null) {
            List<IndicatorMatch> bundle = new ArrayList<>(context.indicators().matchProcess(record.bundleId()));
            bundle.addAll(context.indicators().matchAppId(record.bundleId()));
            found.add("bundle id \"" + record.bundleId() + "\"", bundle);
        }
        checkPath(context, found, "client path", record.clientPath());
        checkPath(context, found, "BundlePath", record.bundlePath());
        checkPath(context, found, "Executable", record.executable());
        checkPath(context, found, "Registered", record.registered());
        if (!found.matches.isEmpty()) {
            context.indicatorAlert(Level.HIGH, "Found a known spyware trace in " + ARTIFACT + ": "
                    + String.join("; ", found.parts), record.firstTime(), record, found.matches);
        }
        Set<String> names = new LinkedHashSet<>();
        if (isPath(record.executable())) {
            names.add(record.executable());
        }
        if (record.clientPath() != null) {
            names.add(record.clientPath());
        }
        names.stream().map(DaemonLookalikes::find).flatMap(Optional::stream).distinct()
                .forEach(lookalike -> context.heuristicAlert(DAEMON_LOOKALIKE, ARTIFACT + " client \""
                        + record.client() + "\" runs \"" + lookalike.name() + "\", which " + lookalike.describe(),
                        record.firstTime(), record));
    }

    private static void checkPath(CheckContext context, Found found, String field, String path) {
        if (isPath(path)) {
            found.add(field + " \"" + path + "\"", context.indicators().matchFilePath(path));
        }
    }

    private static boolean isPath(String value) {
        return value != null && value.startsWith("/");
    }

    /** The distinct indicators a client matched, and for each field that first matched some, what it matched. */
    private static final class Found {
        private final Set<Indicator> seen = new HashSet<>();
        private final List<IndicatorMatch> matches = new ArrayList<>();
        private final List<String> parts = new ArrayList<>();

        void add(String field, List<IndicatorMatch> fieldMatches) {
            List<IndicatorMatch> fresh = fieldMatches.stream().filter(match -> seen.add(match.indicator())).toList();
            if (!fresh.isEmpty()) {
                matches.addAll(fresh);
                parts.add(field + " " + MatchText.of(fresh));
            }
        }
    }
}
