package org.spyglass.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.sample.SampleBackup;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * Safari's History.db and DataUsage.sqlite, from the schemas the parsers read. Planted: the network-injection
 * redirect of the sample backup (to a Pegasus domain of the bundled feeds), visits to synthetic-bundle domains, the
 * Pegasus process {@code bh} and synthetic-bundle process names.
 */
final class BrowsingDatabases {
    private static final String HISTORY_SCHEMA = "/org/spyglass/ios/safari/history-ios17.sql";
    /** History items 0 to 3 are planted; the ordinary visits use the others. */
    private static final int PLANTED_ITEMS = 4;

    private BrowsingDatabases() {
    }

    static void safari(Path file, EvidenceProfile profile, SyntheticValues values) throws IOException {
        int visits = profile.safariVisits();
        int items = Math.max(PLANTED_ITEMS + 10, visits / 5);
        int[] domains = SyntheticValues.planted(profile.bundleDomains());
        int[] planted = SyntheticValues.planted(visits - 1);
        try (BulkDatabase db = BulkDatabase.create(file, SqlScript.resource(BackupBuilder.class, HISTORY_SCHEMA))) {
            db.insert("INSERT INTO history_items (id, url, domain_expansion, visit_count, daily_visit_counts, "
                    + "should_recompute_derived_visit_counts, visit_count_score) VALUES (?, ?, ?, 5, X'', 0, 0)",
                    items, (insert, row) -> {
                        String url = switch (row) {
                            case 0 -> "http://example.com/";
                            case 1 -> SampleBackup.INJECTION_URL;
                            case 2, 3 -> "https://" + values.domain(domains[row - 1]) + "/landing";
                            default -> "https://www.site" + row % 5000 + ".example/page/" + row;
                        };
                        insert.setLong(1, row + 1L);
                        insert.setString(2, url);
                        insert.setString(3, row < PLANTED_ITEMS ? null : "site" + row % 5000);
                    });
            db.insert("INSERT INTO history_visits (id, history_item, visit_time, title, load_successful, "
                    + "redirect_source, redirect_destination) VALUES (?, ?, ?, ?, 1, ?, ?)", visits, (insert, row) -> {
                        long item = PLANTED_ITEMS + row % (items - PLANTED_ITEMS);
                        double time = Times.appleSeconds(Times.at(row, visits));
                        Long source = null;
                        Long destination = null;
                        if (row == planted[0]) {
                            item = 0;
                            destination = row + 2L;
                        } else if (row == planted[0] + 1) {
                            item = 1;
                            time = Times.appleSeconds(Times.at(row - 1, visits)) + 0.003;
                            source = (long) row;
                        } else if (row == planted[1] || row == planted[2]) {
                            item = row == planted[1] ? 2 : 3;
                        }
                        insert.setLong(1, row + 1L);
                        insert.setLong(2, item + 1);
                        insert.setDouble(3, time);
                        insert.setString(4, "Page " + row);
                        insert.setObject(5, source);
                        insert.setObject(6, destination);
                    });
        }
    }

    static void dataUsage(Path file, EvidenceProfile profile, SyntheticValues values) throws IOException {
        int processes = profile.processes();
        int[] planted = SyntheticValues.planted(processes);
        int[] names = SyntheticValues.planted(profile.bundleOthersPerType());
        try (BulkDatabase db = BulkDatabase.create(file, BackupBuilder.schema(BackupBuilder.DATAUSAGE_IOS14))) {
            db.insert("INSERT INTO ZPROCESS (Z_PK, Z_ENT, Z_OPT, ZFIRSTTIMESTAMP, ZTIMESTAMP, ZBUNDLENAME, ZPROCNAME) "
                    + "VALUES (?, 6, 1, ?, ?, ?, ?)", processes, (insert, row) -> {
                        String name = "worker" + row;
                        String bundle = "com.example.app" + row % 2000;
                        if (row == planted[0]) {
                            name = "bh";
                            bundle = null;
                        } else if (row == planted[1] || row == planted[2]) {
                            name = values.process(names[row == planted[1] ? 1 : 2]);
                            bundle = null;
                        }
                        insert.setLong(1, row + 1L);
                        insert.setDouble(2, Times.appleSeconds(Times.at(row, processes)));
                        insert.setDouble(3, Times.appleSeconds(Times.at(row, processes) + 3600));
                        insert.setString(4, bundle);
                        insert.setString(5, name);
                    });
            db.insert("INSERT INTO ZLIVEUSAGE (Z_PK, Z_ENT, Z_OPT, ZKIND, ZHASPROCESS, ZTIMESTAMP, ZWIFIIN, ZWIFIOUT, "
                    + "ZWWANIN, ZWWANOUT) VALUES (?, 5, 1, 0, ?, ?, ?, ?, ?, ?)", profile.liveRows(), (insert, row) -> {
                        long process = row % processes;
                        insert.setLong(1, row + 1L);
                        insert.setLong(2, process + 1);
                        insert.setDouble(3, Times.appleSeconds(Times.at(process, processes) + row % 3600));
                        insert.setDouble(4, row % 977 * 1024.0);
                        insert.setDouble(5, row % 331 * 512.0);
                        insert.setDouble(6, row % 101 * 2048.0);
                        insert.setDouble(7, row % 53 * 256.0);
                    });
        }
    }
}
