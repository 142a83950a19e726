package org.spyglass.ios.correlation;

import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.plist.PlistParser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;
import org.spyglass.ios.datausage.DataUsageModule;
import org.spyglass.ios.idstatuscache.IdStatusCacheEntries;
import org.spyglass.ios.idstatuscache.IdStatusCacheModule;
import org.spyglass.ios.idstatuscache.IdStatusCacheRecord;

/**
 * Pairs IDStatusCache lookups with the DataUsage.sqlite processes first seen within {@link #WINDOW} after them. Only
 * lookups that the checker can find suspicious are kept in memory: e-mail handles (attacker accounts are e-mail
 * addresses) and malformed handles, a small set sorted by time. The processes then stream from the database ordered
 * by their first timestamp, and a sliding window over the sorted lookups gives each process its preceding lookups,
 * the closest first.
 */
final class LookupProcessCorrelationParser implements Parser<LookupThenProcess> {
    /**
     * How long after a lookup a new process still counts as following it. Pegasus processes appeared seconds to a
     * few minutes after the attacker's lookup, and DataUsage.sqlite records a process's first network use, which can
     * lag its start; ten minutes covers that lag while keeping chance coincidences with the few e-mail lookups rare.
     */
    static final Duration WINDOW = Duration.ofMinutes(10);

    @Override
    public void parse(ParseContext<LookupThenProcess> context) throws IOException {
        Set<String> cachePaths = Set.copyOf(IdStatusCacheModule.PATHS);
        List<EvidenceFile> caches = context.files().stream().filter(f -> cachePaths.contains(f.devicePath()))
                .toList();
        List<EvidenceFile> usage = context.files().stream()
                .filter(f -> f.devicePath().equals(DataUsageModule.PATH)).toList();
        if (caches.isEmpty()) {
            context.absent(IdStatusCacheModule.PATHS.get(0), "idstatuscache.plist is not in this evidence (backups "
                    + "leave it out since iOS 14.7), so lookups cannot be correlated with new processes");
            return;
        }
        if (usage.isEmpty()) {
            context.absent(DataUsageModule.PATH, "DataUsage.sqlite is not in this evidence, so lookups cannot be "
                    + "correlated with new processes");
            return;
        }
        List<IdStatusCacheRecord> lookups = candidateLookups(caches, context);
        if (lookups.isEmpty()) {
            return;
        }
        for (EvidenceFile database : usage) {
            if (context.cancelled()) {
                return;
            }
            correlate(database, lookups, context);
        }
    }

    private static List<IdStatusCacheRecord> candidateLookups(List<EvidenceFile> caches,
                                                              ParseContext<LookupThenProcess> context)
            throws IOException {
        List<IdStatusCacheRecord> lookups = new ArrayList<>();
        for (EvidenceFile file : caches) {
            NSDictionary dictionary = PlistParser.readDictionary(file, context, "idstatuscache.plist");
            if (dictionary == null) {
                continue;
            }
            for (IdStatusCacheRecord lookup : IdStatusCacheEntries.read(dictionary, file.devicePath(),
                    context::warn)) {
                if (lookup.isodate() != null && (lookup.email() != null || lookup.malformedHandle())) {
                    lookups.add(lookup);
                }
            }
        }
        lookups.sort(Comparator.comparing(IdStatusCacheRecord::isodate));
        return lookups;
    }

    private static void correlate(EvidenceFile file, List<IdStatusCacheRecord> lookups,
                                  ParseContext<LookupThenProcess> context) throws IOException {
        String location = file.devicePath();
        EvidenceDatabase opened = SqliteParser.open(file, context, "DataUsage.sqlite");
        if (opened == null) {
            return;
        }
        try (EvidenceDatabase database = opened) {
            Set<String> columns = database.columns("ZPROCESS");
            if (!columns.contains("ZFIRSTTIMESTAMP")) {
                context.absent(location, "DataUsage.sqlite has no ZPROCESS table with first timestamps, so no "
                        + "process can be correlated with lookups");
                return;
            }
            stream(database, columns.contains("ZBUNDLENAME"), lookups, location, context);
        } catch (SQLException e) {
            context.warn(location, "DataUsage.sqlite could not be read: " + e.getMessage());
        }
    }

    private static void stream(EvidenceDatabase database, boolean hasBundle, List<IdStatusCacheRecord> lookups,
                               String location, ParseContext<LookupThenProcess> context) {
        String sql = "SELECT Z_PK AS proc_id, ZPROCNAME AS proc_name, "
                + (hasBundle ? "ZBUNDLENAME" : "NULL") + " AS bundle_id, ZFIRSTTIMESTAMP AS first_timestamp "
                + "FROM ZPROCESS WHERE ZFIRSTTIMESTAMP BETWEEN ? AND ? ORDER BY ZFIRSTTIMESTAMP, Z_PK";
        double from = appleSeconds(lookups.get(0).isodate());
        double to = appleSeconds(lookups.get(lookups.size() - 1).isodate().plus(WINDOW));
        int oldest = 0;
        int next = 0;
        try (Rows rows = database.query(sql, from, to)) {
            while (!context.cancelled() && rows.next()) {
                Instant first = Times.fromApple(rows.getNumber("first_timestamp"));
                Long procId = rows.getLong("proc_id");
                if (first == null || procId == null) {
                    continue;
                }
                while (oldest < lookups.size() && lookups.get(oldest).isodate().isBefore(first.minus(WINDOW))) {
                    oldest++;
                }
                while (next < lookups.size() && !lookups.get(next).isodate().isAfter(first)) {
                    next++;
                }
                for (int i = next - 1; i >= oldest; i--) {
                    IdStatusCacheRecord lookup = lookups.get(i);
                    context.emit(new LookupThenProcess(lookup.isodate(), lookup.service(), lookup.user(), first,
                            rows.getString("proc_name"), rows.getString("bundle_id"), procId,
                            Duration.between(lookup.isodate(), first).getSeconds()));
                }
            }
        } catch (SQLException e) {
            context.warn(location + ": ZPROCESS", "reading stopped: " + e.getMessage());
        }
    }

    private static double appleSeconds(Instant instant) {
        return (instant.getEpochSecond() - Times.APPLE_EPOCH_OFFSET) + instant.getNano() / 1e9;
    }
}
