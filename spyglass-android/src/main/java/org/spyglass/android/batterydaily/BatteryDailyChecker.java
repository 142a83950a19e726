package org.spyglass.android.batterydaily;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spyglass.android.AppMatches;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches each updated package as an app id (CRITICAL, MEDIUM for watchware), flags uninstalls ({@code vers=0}),
 * and, once every update is seen, flags each update to a lower version than the package's previous one by date.
 */
final class BatteryDailyChecker implements Checker<DailyUpdate> {
    static final Heuristic UNINSTALL = new Heuristic("android.dumpsys_battery_daily.uninstall", Level.MEDIUM,
            "An app was uninstalled. People remove apps every day; spyware is removed too when its operator "
                    + "cleans up, so check the package name.");
    static final Heuristic DOWNGRADE = new Heuristic("android.dumpsys_battery_daily.downgrade", Level.MEDIUM,
            "An app was replaced by an older version. This is rare in normal use: an older version can bring back "
                    + "a flaw that an attacker uses, or replace a genuine app by a tampered one.");

    private final Map<String, List<DailyUpdate>> byPackage = new TreeMap<>();

    @Override
    public void check(DailyUpdate update, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchAppId(update.packageName());
        if (!matches.isEmpty()) {
            context.indicatorAlert(AppMatches.level(matches), "Found a known malicious app updated on "
                    + update.from() + ": " + update.packageName() + " version " + update.version() + " "
                    + MatchText.of(matches) + AppMatches.note(matches), day(update), update, matches);
        }
        if (update.version() == 0) {
            context.heuristicAlert(UNINSTALL, "The app " + update.packageName() + " was uninstalled in the daily "
                    + "period from " + update.from() + " to " + update.to(), day(update), update);
        } else {
            byPackage.computeIfAbsent(update.packageName(), p -> new ArrayList<>()).add(update);
        }
    }

    @Override
    public void finish(CheckContext context) {
        for (List<DailyUpdate> updates : byPackage.values()) {
            updates.sort(Comparator.comparing(DailyUpdate::from).thenComparingLong(DailyUpdate::version));
            for (int i = 1; i < updates.size(); i++) {
                DailyUpdate previous = updates.get(i - 1);
                DailyUpdate update = updates.get(i);
                if (update.version() < previous.version()) {
                    context.heuristicAlert(DOWNGRADE, "The app " + update.packageName() + " went from version "
                            + previous.version() + " (" + previous.from() + ") down to " + update.version() + " ("
                            + update.from() + ")", day(update), update);
                }
            }
        }
    }

    /** The first day of the period, as a date (device-local) read at midnight UTC. */
    static Instant day(DailyUpdate update) {
        return LocalDate.parse(update.from()).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
