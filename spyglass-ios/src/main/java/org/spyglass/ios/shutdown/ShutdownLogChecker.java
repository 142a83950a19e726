package org.spyglass.ios.shutdown;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches each client against file-path and process-name indicators, and applies Kaspersky's iShutdown heuristics:
 * a client running from {@code /private/var/db/} or {@code /private/var/tmp/} (genuine ones excepted, see
 * {@link ClientPaths}), and a reboot delayed three or more times. Records of one reboot arrive together, so only the
 * current reboot's client names are kept.
 */
final class ShutdownLogChecker implements Checker<ShutdownClient> {
    static final int DELAYED_REBOOT = 3;
    private static final int NAMED_CLIENTS = 10;
    static final Heuristic SUSPICIOUS_LOCATION = new Heuristic("ios.shutdown_log.suspicious-location", Level.HIGH,
            "A process was still running when the phone shut down, from a folder where iOS keeps data, not "
                    + "programs. Kaspersky found Pegasus and Reign running from /private/var/db/ and Predator from "
                    + "/private/var/tmp/ in the shutdown logs of infected iPhones. A genuine iOS helper can "
                    + "occasionally run there too, so an expert should look at the name and the dates.");
    static final Heuristic DELAYED_REBOOTS = new Heuristic("ios.shutdown_log.delayed-reboots", Level.MEDIUM,
            "The phone waited three or more times for processes that would not stop before it could restart. "
                    + "Kaspersky saw this on iPhones infected with Pegasus, whose processes held the shutdown up; "
                    + "clean phones also show some delays, so it matters mostly together with other findings.");

    private String rebootKey;
    private ShutdownClient rebootRecord;
    private final Map<String, Boolean> rebootClients = new LinkedHashMap<>();
    private int rebootClientCount;

    @Override
    public void check(ShutdownClient record, CheckContext context) {
        String key = record.file() + "#" + record.reboot();
        if (!key.equals(rebootKey)) {
            finishReboot(context);
            rebootKey = key;
            rebootRecord = record;
        }
        rebootClientCount++;
        if (rebootClients.size() < NAMED_CLIENTS) {
            rebootClients.put(record.client(), Boolean.TRUE);
        }
        matchIndicators(record, context);
        String folder = ClientPaths.suspiciousFolder(record.client());
        if (folder != null) {
            context.heuristicAlert(SUSPICIOUS_LOCATION, "shutdown.log client " + record.client() + " (pid "
                    + record.pid() + ") ran from " + folder + when(record.isodate()), record.isodate(), record);
        }
    }

    @Override
    public void finish(CheckContext context) {
        finishReboot(context);
    }

    private void matchIndicators(ShutdownClient record, CheckContext context) {
        List<IndicatorMatch> matches = new ArrayList<>(context.indicators().matchFilePath(
                ClientPaths.executable(record.client())));
        for (String component : ClientPaths.components(record.client())) {
            for (IndicatorMatch match : context.indicators().matchProcess(component)) {
                if (matches.stream().noneMatch(m -> m.indicator().equals(match.indicator()))) {
                    matches.add(match);
                }
            }
        }
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known spyware process in shutdown.log: client "
                    + record.client() + " (pid " + record.pid() + ") " + MatchText.of(matches) + when(record.isodate()),
                    record.isodate(), record, matches);
        }
    }

    private void finishReboot(CheckContext context) {
        if (rebootRecord != null && rebootRecord.rebootDelays() >= DELAYED_REBOOT) {
            context.heuristicAlert(DELAYED_REBOOTS, "The reboot" + when(rebootRecord.isodate()) + " waited "
                    + rebootRecord.rebootDelays() + " times for clients that would not stop: "
                    + String.join(", ", rebootClients.keySet())
                    + (rebootClientCount > rebootClients.size() ? ", …" : "")
                    + " (" + rebootRecord.file() + ", reboot " + rebootRecord.reboot() + ")",
                    rebootRecord.isodate(), rebootRecord);
        }
        rebootRecord = null;
        rebootClients.clear();
        rebootClientCount = 0;
    }

    private static String when(Instant time) {
        return time == null ? "" : " at the reboot of " + time;
    }
}
