package org.spyglass.android.tombstones;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spyglass.android.AppMatches;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * The native crash reports of a bugreport ({@code tombstone_NN} text and {@code tombstone_NN.pb} protobuf): the
 * process matched as a process name (then the command line's program name), and as an app id; crashes of processes
 * running as root, system or shell flagged; each crash on the timeline.
 */
public final class TombstonesModule extends AbstractModule<Tombstone> {
    public static final String NAME = "tombstones";
    static final Set<Long> PRIVILEGED = Set.of(0L, 1000L, 2000L);
    static final Heuristic PRIVILEGED_CRASH = new Heuristic("android.tombstones.privileged-crash", Level.MEDIUM,
            "A process running as root, system or shell crashed. Exploits against such processes often crash "
                    + "them, though most of these crashes are ordinary bugs: read the process, signal and abort "
                    + "message.");

    public TombstonesModule() {
        super(NAME, Tombstone.class, "Native crash reports (tombstones, text and protobuf): processes matched, "
                        + "privileged crashes flagged",
                Set.of(SourceKind.ANDROID_BUGREPORT), List.of("/**/tombstone_*"));
    }

    @Override
    public Parser<Tombstone> parser() {
        return new TombstonesParser();
    }

    @Override
    public Checker<Tombstone> checker() {
        return (tombstone, context) -> {
            String process = tombstone.processName();
            String program = tombstone.commandLine().isEmpty() ? null
                    : ProcessSighting.baseName(tombstone.commandLine().get(0));
            List<IndicatorMatch> matches = new ArrayList<>();
            if (process != null) {
                matches.addAll(context.indicators().matchProcess(ProcessSighting.baseName(process)));
            }
            if (matches.isEmpty() && program != null) {
                matches.addAll(context.indicators().matchProcess(program));
            }
            if (!matches.isEmpty()) {
                context.indicatorAlert(Level.CRITICAL, "Found a crash of a known malicious process: "
                        + describe(tombstone) + " " + MatchText.of(matches), tombstone.time(), tombstone, matches);
            }
            List<IndicatorMatch> apps = process == null ? List.of()
                    : context.indicators().matchAppId(process.split(":", 2)[0]);
            if (!apps.isEmpty()) {
                context.indicatorAlert(AppMatches.level(apps), "Found a crash of a known malicious app: "
                        + describe(tombstone) + " " + MatchText.of(apps) + AppMatches.note(apps), tombstone.time(),
                        tombstone, apps);
            }
            if (tombstone.uid() != null && PRIVILEGED.contains(tombstone.uid())) {
                context.heuristicAlert(PRIVILEGED_CRASH, "A process running as uid " + tombstone.uid()
                        + " crashed: " + describe(tombstone), tombstone.time(), tombstone);
            }
        };
    }

    static String describe(Tombstone t) {
        return (t.processName() == null ? "unknown process" : t.processName())
                + (t.pid() == null ? "" : " (pid " + t.pid() + ")")
                + (t.signal() == null || t.signal().name() == null ? "" : " on " + t.signal().name())
                + (t.abortMessage() == null ? "" : ", abort message '" + t.abortMessage() + "'")
                + (t.localTime() == null ? "" : " at " + t.localTime() + " device-local");
    }

    /**
     * One {@code Tombstone} event per crash with a time: in UTC (from the printed offset or the device's zone), else
     * at its device-local time read as UTC, which the description says.
     */
    @Override
    public TimelineMapper<Tombstone> timeline() {
        return (tombstone, out) -> {
            if (tombstone.localTime() != null) {
                out.accept(new TimelineEvent(tombstone.timeInUtc() ? tombstone.time()
                        : LocalDateTime.parse(tombstone.localTime()).toInstant(ZoneOffset.UTC), NAME, "Tombstone",
                        "Crash of " + describe(tombstone)));
            }
        };
    }

    /** The crashed process, at the crash's time. */
    @Override
    public ProcessExtractor<Tombstone> processes() {
        return (tombstone, out) -> {
            String name = ProcessSighting.baseName(tombstone.processName());
            if (name != null) {
                out.accept(new ProcessSighting(name, tombstone.commandLine().isEmpty() ? tombstone.processName()
                        : tombstone.commandLine().get(0), tombstone.time(), ProcessSighting.EVENT, tombstone.file()));
            }
        };
    }
}
