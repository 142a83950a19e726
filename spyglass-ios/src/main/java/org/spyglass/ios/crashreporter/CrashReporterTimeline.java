package org.spyglass.ios.crashreporter;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * {@code crash_reporter_created} at the file's creation and {@code crash_reporter_modified} at its modification,
 * when the source knows them (the second only when it differs from the first).
 */
final class CrashReporterTimeline implements TimelineMapper<CrashReporterSettings> {

    @Override
    public void map(CrashReporterSettings settings, Consumer<TimelineEvent> out) {
        String state = settings.shouldSubmit() == null ? "without ShouldSubmit"
                : "ShouldSubmit = " + settings.shouldSubmit();
        if (settings.created() != null) {
            out.accept(new TimelineEvent(settings.created(), CrashReporterModule.NAME, "crash_reporter_created",
                    settings.path() + " created (" + state + ")"));
        }
        if (settings.modified() != null && !settings.modified().equals(settings.created())) {
            out.accept(new TimelineEvent(settings.modified(), CrashReporterModule.NAME, "crash_reporter_modified",
                    settings.path() + " modified (" + state + ")"));
        }
    }
}
