package org.spyglass.ios.sysdiagnose.ps;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.process.DaemonLookalikes;

/**
 * The processes and their thread counts when the sysdiagnose was taken ({@code ps_thread.txt}, taken a moment after
 * {@code ps.txt}, so a short-lived process can be in one listing only): names and paths matched, daemon lookalikes
 * flagged. The listing has no dates, so it adds nothing to the timeline.
 */
public final class PsThreadModule extends AbstractModule<PsThreadProcess> {
    public static final String NAME = "sysdiagnose_ps_thread";
    public static final String PATH = "/sysdiagnose/ps_thread.txt";
    static final Heuristic DAEMON_LOOKALIKE = DaemonLookalikes.heuristic("ios.sysdiagnose_ps_thread.daemon-lookalike");

    public PsThreadModule() {
        super(NAME, PsThreadProcess.class,
                "Processes and thread counts when the sysdiagnose was taken (ps_thread.txt): names and paths "
                        + "matched, daemon lookalikes flagged",
                Set.of(SourceKind.IOS_SYSDIAGNOSE), List.of(PATH));
    }

    @Override
    public Parser<PsThreadProcess> parser() {
        return new PsThreadParser();
    }

    @Override
    public Checker<PsThreadProcess> checker() {
        return new PsChecker<>("ps_thread.txt", DAEMON_LOOKALIKE);
    }

    /** Each listed process; ps_thread.txt prints no date, so its sightings have no time. */
    @Override
    public ProcessExtractor<PsThreadProcess> processes() {
        return (process, out) -> {
            String name = process.name();
            if (!name.isBlank()) {
                out.accept(ProcessSighting.untimed(name, process.executable(), process.file()));
            }
        };
    }
}
