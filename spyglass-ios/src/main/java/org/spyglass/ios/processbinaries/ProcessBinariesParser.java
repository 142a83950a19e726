package org.spyglass.ios.processbinaries;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;
import org.spyglass.ios.fs.DumpEntry;
import org.spyglass.ios.fs.FilesystemDumpSource;

/**
 * Collects the processes without bundle id of every usage database first (a few hundred at most, capped at
 * {@link #MAX_CANDIDATES}), then walks the dump once, keeping only the first file found for each candidate name and
 * whether the dump holds system binaries at all; no list of file names is ever built. When the dump lacks the system
 * binaries (nothing under {@code /usr/libexec} or {@code /usr/sbin}, or nothing under {@code /System/Library/}'s
 * framework folders), every iOS daemon would look missing, so the module notes that instead of emitting records.
 */
final class ProcessBinariesParser implements Parser<ProcessBinary> {
    /** More candidates than this is not a real usage database; the rest are left out with a warning. */
    static final int MAX_CANDIDATES = 5_000;
    /** The kernel keeps a process name in 16 characters ({@code MAXCOMLEN}): a name this long may be cut. */
    static final int MAX_NAME_LENGTH = 16;
    private static final List<String> USR_BINARIES = List.of("/usr/libexec/", "/usr/sbin/");
    private static final List<String> SYSTEM_BINARIES = List.of("/System/Library/Frameworks/",
            "/System/Library/PrivateFrameworks/");

    private record Candidate(String database, long procId, String name, Double first, Double last) {
    }

    @Override
    public void parse(ParseContext<ProcessBinary> context) throws IOException {
        if (!(context.source() instanceof FilesystemDumpSource dump)) {
            context.absent(context.source().root().toString(), "only a filesystem dump holds the executables to "
                    + "look for");
            return;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (EvidenceFile file : context.files()) {
            if (context.cancelled()) {
                return;
            }
            collect(file, candidates, context);
        }
        if (candidates.isEmpty()) {
            return;
        }
        Set<String> names = new HashSet<>();
        Set<String> mayBeCut = new HashSet<>();
        for (Candidate candidate : candidates) {
            names.add(candidate.name());
            if (candidate.name().length() == MAX_NAME_LENGTH) {
                mayBeCut.add(candidate.name());
            }
        }
        Map<String, String> found = new HashMap<>();
        boolean[] binaries = new boolean[2];
        long[] problems = new long[1];
        String[] firstProblem = new String[1];
        dump.walk(entry -> {
            if (entry.type() != DumpEntry.Type.FILE && entry.type() != DumpEntry.Type.LINK) {
                return;
            }
            String path = entry.devicePath();
            binaries[0] |= startsWithAny(path, USR_BINARIES);
            binaries[1] |= startsWithAny(path, SYSTEM_BINARIES);
            mark(entry.name(), path, names, mayBeCut, found);
        }, (path, e) -> {
            if (problems[0]++ == 0) {
                firstProblem[0] = path + " (" + e.getMessage() + ")";
            }
        }, context::cancelled);
        if (context.cancelled()) {
            return;
        }
        if (problems[0] > 0) {
            context.warn(dump.root().toString(), problems[0] + " entry(ies) of the dump could not be read, so a "
                    + "process's executable may be there unseen; the first: " + firstProblem[0]);
        }
        if (!binaries[0] || !binaries[1]) {
            context.absent(dump.root().toString(), "the dump holds no system executables (nothing under "
                    + "/usr/libexec or /usr/sbin, or nothing under /System/Library/Frameworks or PrivateFrameworks): "
                    + "the read-only system volume was not copied, so every iOS daemon would look missing and the "
                    + candidates.size() + " process(es) without bundle id were not looked for");
            return;
        }
        for (Candidate candidate : candidates) {
            context.emit(new ProcessBinary(candidate.database(), candidate.procId(), candidate.name(),
                    Times.fromApple(candidate.first()), Times.fromApple(candidate.last()),
                    found.get(candidate.name())));
        }
    }

    private static void mark(String fileName, String path, Set<String> names, Set<String> mayBeCut,
                             Map<String, String> found) {
        if (names.contains(fileName)) {
            found.putIfAbsent(fileName, path);
        }
        if (fileName.length() > MAX_NAME_LENGTH) {
            String cut = fileName.substring(0, MAX_NAME_LENGTH);
            if (mayBeCut.contains(cut)) {
                found.putIfAbsent(cut, path);
            }
        }
    }

    private static boolean startsWithAny(String path, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(EvidenceFile file, List<Candidate> candidates, ParseContext<ProcessBinary> context)
            throws IOException {
        String location = file.devicePath();
        String artifact = location.substring(location.lastIndexOf('/') + 1);
        EvidenceDatabase opened = SqliteParser.open(file, context, artifact);
        if (opened == null) {
            return;
        }
        try (EvidenceDatabase database = opened) {
            Set<String> columns = database.columns("ZPROCESS");
            if (!columns.contains("ZPROCNAME")) {
                context.absent(location, artifact + " has no ZPROCESS table with process names, so no process was "
                        + "looked for");
                return;
            }
            read(database, query(columns), location, candidates, context);
        } catch (SQLException e) {
            context.warn(location, artifact + " could not be read: " + e.getMessage());
        }
    }

    static String query(Set<String> columns) {
        String bundle = columns.contains("ZBUNDLENAME")
                ? " AND (ZBUNDLENAME IS NULL OR TRIM(ZBUNDLENAME) = '')" : "";
        return "SELECT Z_PK AS proc_id, ZPROCNAME AS proc_name, "
                + (columns.contains("ZFIRSTTIMESTAMP") ? "ZFIRSTTIMESTAMP" : "NULL") + " AS first_timestamp, "
                + (columns.contains("ZTIMESTAMP") ? "ZTIMESTAMP" : "NULL") + " AS timestamp FROM ZPROCESS "
                + "WHERE ZPROCNAME IS NOT NULL AND TRIM(ZPROCNAME) <> ''" + bundle + " ORDER BY Z_PK";
    }

    private static void read(EvidenceDatabase database, String sql, String location, List<Candidate> candidates,
                             ParseContext<ProcessBinary> context) {
        long skipped = 0;
        try (Rows rows = database.query(sql)) {
            while (!context.cancelled() && rows.next()) {
                Long procId = rows.getLong("proc_id");
                if (procId == null) {
                    continue;
                }
                if (candidates.size() >= MAX_CANDIDATES) {
                    skipped++;
                    continue;
                }
                candidates.add(new Candidate(location, procId, rows.getString("proc_name"),
                        real(rows.getNumber("first_timestamp")), real(rows.getNumber("timestamp"))));
            }
        } catch (SQLException e) {
            context.warn(location + ": ZPROCESS", "reading stopped: " + e.getMessage());
        }
        if (skipped > 0) {
            context.warn(location + ": ZPROCESS", skipped + " more process(es) without bundle id were not looked "
                    + "for: only the first " + MAX_CANDIDATES + " of the usage databases are, to bound memory");
        }
    }

    private static Double real(Number value) {
        return value == null ? null : value.doubleValue();
    }
}
