package org.spyglass.ios.shutdown;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * The processes still running at each shutdown (shutdown.log and, since iOS 26, its rotated forms): client paths
 * and process names matched, iShutdown's heuristics applied. A sysdiagnose holds the log as
 * {@code system_logs.logarchive/Extra/shutdown*.log}, which its source also names by these device paths.
 */
public final class ShutdownLogModule extends AbstractModule<ShutdownClient> {
    public static final String NAME = "shutdown_log";
    public static final String PATH = "/private/var/db/diagnostics/shutdown.log";
    /** {@code shutdown.0.log}, … (iOS 26 rotates the log). */
    public static final String ROTATED = "/private/var/db/diagnostics/shutdown.*.log";

    public ShutdownLogModule() {
        super(NAME, ShutdownClient.class,
                "Processes still running at each shutdown (shutdown.log): client paths and process names matched, "
                        + "delayed reboots and clients in /private/var/db or /private/var/tmp flagged",
                Set.of(SourceKind.IOS_FILESYSTEM, SourceKind.IOS_SYSDIAGNOSE), List.of(PATH, ROTATED));
    }

    @Override
    public Parser<ShutdownClient> parser() {
        return new ShutdownLogParser();
    }

    @Override
    public Checker<ShutdownClient> checker() {
        return new ShutdownLogChecker();
    }

    @Override
    public TimelineMapper<ShutdownClient> timeline() {
        return new ShutdownLogTimeline();
    }

    /** Each client still running at a reboot, named by its executable without iOS 26's UUID suffix. */
    @Override
    public ProcessExtractor<ShutdownClient> processes() {
        return (client, out) -> {
            String name = ProcessSighting.baseName(ClientPaths.executable(client.client()));
            if (name != null) {
                out.accept(new ProcessSighting(name, client.client(), client.isodate(),
                        ProcessSighting.REBOOT, client.file()));
            }
        };
    }
}
