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
 * The processes running when the sysdiagnose was taken ({@code ps.txt}): names and paths matched, daemon lookalikes
 * flagged. The listing has no dates, so it adds nothing to the timeline.
 */
public final class PsModule extends AbstractModule<PsProcess> {
    public static final String NAME = "sysdiagnose_ps";
    public static final String PATH = "/sysdiagnose/ps.txt";
    static final Heuristic DAEMON_LOOKALIKE = DaemonLookalikes.heuristic("ios.sysdiagnose_ps.daemon-lookalike");

    public PsModule() {
        super(NAME, PsProcess.class,
                "Processes running when the sysdiagnose was taken (ps.txt): names and paths matched, daemon "
                        + "lookalikes flagged",
                Set.of(SourceKind.IOS_SYSDIAGNOSE), List.of(PATH));
    }

    @Override
    public Parser<PsProcess> parser() {
        return new PsParser();
    }

    @Override
    public Checker<PsProcess> checker() {
        return new PsChecker<>("ps.txt", DAEMON_LOOKALIKE);
    }

    /** Each running process; ps.txt prints no date, so its sightings have no time. */
    @Override
    public ProcessExtractor<PsProcess> processes() {
        return (process, out) -> {
            String name = process.name();
            if (!name.isBlank()) {
                out.accept(ProcessSighting.untimed(name, process.executable(), process.file()));
            }
        };
    }
}
