package org.spyglass.ios.locationd;

import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * its executable names against genuine iOS daemon names. One alert per indicator per client, however many fields
 * matched it.
 */
final class LocationdClientsChecker implements Checker<LocationdClient> {
    static final Heuristic DAEMON_LOOKALIKE = DaemonLookalikes.heuristic("ios.locationd_clients.daemon-lookalike");
    private static final String ARTIFACT = "locationd clients.plist";

    @Override
    public void check(LocationdClient record, CheckContext context) {
        Set<Indicator> alerted = new HashSet<>();
        for (IndicatorMatch match : context.indicators().matchProcess(record.processName())) {
            alert(record, context, alerted, match, "client \"" + record.client() + "\"");
        }
        if (record.bundleId() != null) {
            for (IndicatorMatch match : context.indicators().matchProcess(record.bundleId())) {
                alert(record, context, alerted, match, "bundle id \"" + record.bundleId() + "\"");
            }
            for (IndicatorMatch match : context.indicators().matchAppId(record.bundleId())) {
                alert(record, context, alerted, match, "bundle id \"" + record.bundleId() + "\"");
            }
        }
        checkPath(record, context, alerted, "client path", record.clientPath());
        checkPath(record, context, alerted, "BundlePath", record.bundlePath());
        checkPath(record, context, alerted, "Executable", record.executable());
        checkPath(record, context, alerted, "Registered", record.registered());
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

    private static void checkPath(LocationdClient record, CheckContext context, Set<Indicator> alerted, String field,
                                  String path) {
        if (isPath(path)) {
            for (IndicatorMatch match : context.indicators().matchFilePath(path)) {
                alert(record, context, alerted, match, field + " \"" + path + "\"");
            }
        }
    }

    private static boolean isPath(String value) {
        return value != null && value.startsWith("/");
    }

    private static void alert(LocationdClient record, CheckContext context, Set<Indicator> alerted,
                              IndicatorMatch match, String what) {
        if (alerted.add(match.indicator())) {
            context.indicatorAlert(Level.HIGH, "Found a known spyware trace in " + ARTIFACT + ": " + what + " "
                    + MatchText.of(match), record.firstTime(), record, match);
        }
    }
}
