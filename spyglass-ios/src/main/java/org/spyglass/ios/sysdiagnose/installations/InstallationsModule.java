package org.spyglass.ios.sysdiagnose.installations;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * The app installs, updates and uninstalls that installd logged in a sysdiagnose's
 * {@code logs/MobileInstallation/mobile_installation.log*}: bundle ids matched against indicators.
 */
public final class InstallationsModule extends AbstractModule<InstallationEvent> {
    public static final String NAME = "sysdiagnose_installations";
    /** The current log and its rotated copies ({@code mobile_installation.log.0}, {@code .1}, ...). */
    public static final String GLOB = "/sysdiagnose/logs/MobileInstallation/mobile_installation.log*";

    public InstallationsModule() {
        super(NAME, InstallationEvent.class,
                "App installs, updates and uninstalls of a sysdiagnose's mobile_installation.log: bundle ids "
                        + "matched",
                Set.of(SourceKind.IOS_SYSDIAGNOSE), List.of(GLOB));
    }

    @Override
    public Parser<InstallationEvent> parser() {
        return new InstallationLogParser();
    }

    @Override
    public Checker<InstallationEvent> checker() {
        return new InstallationChecker();
    }

    @Override
    public TimelineMapper<InstallationEvent> timeline() {
        return (event, out) -> out.accept(new TimelineEvent(event.time(), NAME, "app_install_event",
                event.bundleId() + ": " + event.action().description()
                        + (event.containerPath() == null ? "" : " at " + event.containerPath())
                        + (event.utcAssumed() ? " (device time read as UTC)" : "") + " (" + event.file() + ")"));
    }
}
