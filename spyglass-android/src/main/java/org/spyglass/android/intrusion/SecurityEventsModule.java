package org.spyglass.android.intrusion;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * Security events of Android intrusion logs ({@code security_event}, Android's SecurityLog tags): every tag recorded,
 * heuristics on the telling ones ({@link SecurityHeuristics}), apps and processes matched. Times are Unix epoch
 * nanoseconds, so UTC whatever the device's time zone.
 */
public final class SecurityEventsModule extends AbstractModule<IntrusionSecurityEvent> {
    public static final String NAME = "intrusion_security";

    public SecurityEventsModule() {
        super(NAME, IntrusionSecurityEvent.class, "Security events of Android intrusion logs (security_event): "
                + "adb, certificates, logging, app starts; heuristics and apps matched",
                Set.of(SourceKind.ANDROID_INTRUSION_LOGS), List.of(IntrusionLogSource.EVERY_FILE));
    }

    @Override
    public Parser<IntrusionSecurityEvent> parser() {
        return new SecurityEventsParser();
    }

    @Override
    public Checker<IntrusionSecurityEvent> checker() {
        return new SecurityEventsChecker();
    }

    @Override
    public TimelineMapper<IntrusionSecurityEvent> timeline() {
        return (event, out) -> {
            if (event.time() != null) {
                out.accept(new TimelineEvent(event.time(), NAME, event.tag(), event.tag()
                        + (event.data().isEmpty() ? "" : " " + event.data())));
            }
        };
    }

    /** Each app process start, at its time. */
    @Override
    public ProcessExtractor<IntrusionSecurityEvent> processes() {
        return (event, out) -> {
            if (event.tag().equals("app_process_start") && event.app() != null && !event.app().isBlank()) {
                out.accept(new ProcessSighting(event.app(), null, event.time(), ProcessSighting.EVENT, event.file()));
            }
        };
    }
}
