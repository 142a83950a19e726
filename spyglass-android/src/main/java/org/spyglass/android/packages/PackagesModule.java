package org.spyglass.android.packages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.spyglass.android.dumpsys.DumpstateInputs;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * The installed packages of a bugreport ({@code dumpsys package}, its {@code Packages:} block): packages matched as
 * app ids, rooting apps flagged; first installs and last updates on the timeline.
 */
public final class PackagesModule extends AbstractModule<InstalledPackage> {
    public static final String NAME = "dumpsys_packages";

    public PackagesModule() {
        super(NAME, InstalledPackage.class, "Installed packages (dumpsys package): packages matched, rooting apps "
                        + "flagged, installs and updates on the timeline",
                DumpstateInputs.KINDS, DumpstateInputs.FILES);
    }

    @Override
    public Parser<InstalledPackage> parser() {
        return new PackagesParser();
    }

    @Override
    public Checker<InstalledPackage> checker() {
        return new PackagesChecker();
    }

    /**
     * {@code package_first_install} and {@code package_last_update} events: at their UTC times when the device's time
     * zone is known, else at the device-local times read as UTC, which the description says.
     */
    @Override
    public TimelineMapper<InstalledPackage> timeline() {
        return (app, out) -> {
            event(app, app.firstInstall(), app.firstInstallTime(), "package_first_install", "installed", out);
            event(app, app.lastUpdate(), app.lastUpdateTime(), "package_last_update", "last updated", out);
        };
    }

    private static void event(InstalledPackage app, Instant utc, String local, String kind, String verb,
                              Consumer<TimelineEvent> out) {
        if (local == null) {
            return;
        }
        Instant when = app.timeInUtc() ? utc : LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
        out.accept(new TimelineEvent(when, NAME, kind, app.packageName() + " " + verb + " (version "
                + app.versionName() + ", installer " + app.installer() + ")"
                + (app.timeInUtc() ? "" : " at device-local time, time zone unknown")));
    }
}
