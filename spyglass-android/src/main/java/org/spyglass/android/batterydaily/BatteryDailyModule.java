package org.spyglass.android.batterydaily;

import org.spyglass.android.dumpsys.DumpstateInputs;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * The package updates of the daily battery stats ({@code dumpsys batterystats}): packages matched as app ids,
 * uninstalls and downgrades flagged, each update on the timeline on its period's first day.
 */
public final class BatteryDailyModule extends AbstractModule<DailyUpdate> {
    public static final String NAME = "dumpsys_battery_daily";

    public BatteryDailyModule() {
        super(NAME, DailyUpdate.class, "Package updates of the daily battery stats (dumpsys batterystats): "
                        + "packages matched, uninstalls and downgrades flagged",
                DumpstateInputs.KINDS, DumpstateInputs.FILES);
    }

    @Override
    public Parser<DailyUpdate> parser() {
        return new BatteryDailyParser();
    }

    @Override
    public Checker<DailyUpdate> checker() {
        return new BatteryDailyChecker();
    }

    /** One {@code battery_daily} event per update, on the first day of its period (a device-local date). */
    @Override
    public TimelineMapper<DailyUpdate> timeline() {
        return (update, out) -> out.accept(new TimelineEvent(BatteryDailyChecker.day(update), NAME, "battery_daily",
                update.packageName() + (update.version() == 0 ? " uninstalled" : " updated to version "
                        + update.version()) + " between " + update.from() + " and " + update.to()
                        + " (device-local dates)"));
    }
}
