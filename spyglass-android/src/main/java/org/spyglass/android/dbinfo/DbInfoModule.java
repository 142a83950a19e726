package org.spyglass.android.dbinfo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.spyglass.android.AppMatches;
import org.spyglass.android.dumpsys.DumpstateInputs;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * The recent SQLite operations of each process ({@code dumpsys dbinfo}): each {@code /} component of the database
 * path and the process name matched as app ids (CRITICAL, MEDIUM for watchware), the path as a file path and the
 * process as a process name (CRITICAL); each operation on the timeline. Runs on a bugreport's dumpstate text and on an
 * AndroidQF {@code dumpsys.txt}.
 */
public final class DbInfoModule extends AbstractModule<DbOperation> {
    public static final String NAME = "dbinfo";

    public DbInfoModule() {
        super(NAME, DbOperation.class, "Recent SQLite operations per process (dumpsys dbinfo): database paths and "
                + "processes matched", DumpstateInputs.KINDS, DumpstateInputs.FILES);
    }

    @Override
    public Parser<DbOperation> parser() {
        return new DbInfoParser();
    }

    @Override
    public Checker<DbOperation> checker() {
        return DbInfoModule::check;
    }

    private static void check(DbOperation op, CheckContext context) {
        Set<String> appIds = new LinkedHashSet<>();
        if (op.path() != null) {
            for (String part : op.path().split("/")) {
                if (!part.isBlank()) {
                    appIds.add(part);
                }
            }
        }
        if (op.processName() != null) {
            appIds.add(op.processName());
        }
        for (String appId : appIds) {
            List<IndicatorMatch> matches = context.indicators().matchAppId(appId);
            if (!matches.isEmpty()) {
                context.indicatorAlert(AppMatches.level(matches), "Found a known malicious app in a database "
                        + "operation: " + appId + " (" + describe(op) + ") " + MatchText.of(matches)
                        + AppMatches.note(matches), op.time(), op, matches);
            }
        }
        List<IndicatorMatch> other = new ArrayList<>();
        if (op.path() != null) {
            other.addAll(context.indicators().matchFilePath(op.path()));
        }
        if (op.processName() != null) {
            other.addAll(context.indicators().matchProcess(op.processName()));
        }
        if (!other.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known malicious database path or process in a database "
                    + "operation (" + describe(op) + ") " + MatchText.of(other), op.time(), op, other);
        }
    }

    static String describe(DbOperation op) {
        return op.operation() + " by " + (op.processName() == null ? "pid " + op.pid() : op.processName())
                + (op.path() == null ? "" : " on " + op.path()) + " at " + op.localTime() + " device-local";
    }

    /** One {@code dbinfo} event per operation: at its UTC time, else at its device-local time read as UTC. */
    @Override
    public TimelineMapper<DbOperation> timeline() {
        return (op, out) -> out.accept(new TimelineEvent(op.timelineTime(), NAME, op.operation(), describe(op)
                + (op.sql() == null ? "" : ": " + op.sql())));
    }

    /** The process of each operation, seen at the operation's UTC time (none when the zone is unknown). */
    @Override
    public ProcessExtractor<DbOperation> processes() {
        return (op, out) -> {
            if (op.processName() != null) {
                out.accept(new ProcessSighting(op.processName(), null, op.time(), ProcessSighting.EVENT, op.file()));
            }
        };
    }
}
