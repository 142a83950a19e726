package org.spyglass.ios.applications;

import java.util.Objects;
import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code app_installed} at the purchase date, worded as MVT words it. */
final class ApplicationsTimeline implements TimelineMapper<ApplicationRecord> {

    @Override
    public void map(ApplicationRecord app, Consumer<TimelineEvent> out) {
        if (app.isodate() == null) {
            return;
        }
        out.accept(new TimelineEvent(app.isodate(), ApplicationsModule.NAME, "app_installed",
                "App " + Objects.toString(app.label(), "") + " version "
                        + Objects.toString(app.bundleShortVersionString(), "") + " from "
                        + Objects.toString(app.artistName(), "") + " installed from "
                        + Objects.toString(app.sourceApp(), "")));
    }
}
