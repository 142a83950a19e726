package org.spyglass.android.batteryhistory;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.spyglass.android.AppMatches;
import org.spyglass.android.dumpsys.DumpstateInputs;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * The app events of the battery history ({@code dumpsys batterystats}): jobs, apps on top, processes, foreground
 * services, wake locks, package installs and removals; each package matched as an app id (CRITICAL, MEDIUM for
 * watchware), each event with a clock on the timeline. Runs on a bugreport's dumpstate text and on an AndroidQF
 * {@code dumpsys.txt}.
 */
public final class BatteryHistoryModule extends AbstractModule<BatteryEvent> {
    public static final String NAME = "dumpsys_battery_history";

    public BatteryHistoryModule() {
        super(NAME, BatteryEvent.class, "App events of the battery history (dumpsys batterystats): jobs, apps on "
                + "top, installs and removals; packages matched", DumpstateInputs.KINDS, DumpstateInputs.FILES);
    }

    @Override
    public Parser<BatteryEvent> parser() {
        return new BatteryHistoryParser();
    }

    @Override
    public Checker<BatteryEvent> checker() {
        return (event, context) -> {
            if (event.packageName() == null) {
                return;
            }
            var matches = context.indicators().matchAppId(event.packageName());
            if (!matches.isEmpty()) {
                context.indicatorAlert(AppMatches.level(matches), "Found a known malicious app in the battery "
                        + "history: " + describe(event) + " " + MatchText.of(matches) + AppMatches.note(matches),
                        event.time(), event, matches);
            }
        };
    }

    static String describe(BatteryEvent event) {
        return event.event() + " " + event.name() + " (uid " + event.uid() + ") at "
                + (event.localTime() == null ? event.elapsed() + " into the history" : event.localTime()
                + " device-local");
    }

    /**
     * One event per record with a clock: at its UTC time when the device's time zone is known, else at its
     * device-local time read as UTC, which the description says.
     */
    @Override
    public TimelineMapper<BatteryEvent> timeline() {
        return (event, out) -> {
            if (event.localTime() != null) {
                out.accept(new TimelineEvent(event.timeInUtc() ? event.time()
                        : LocalDateTime.parse(event.localTime()).toInstant(ZoneOffset.UTC), NAME, event.event(),
                        describe(event)));
            }
        };
    }
}
