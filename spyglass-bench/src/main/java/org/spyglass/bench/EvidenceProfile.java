package org.spyglass.bench;

import java.util.Locale;

/**
 * How much synthetic evidence to write: row counts per artifact, bytes of other files, and the indicator bundle's
 * size. {@code manifestEntries} counts every Manifest.db row, the databases and plists included; the rest are other
 * files sharing {@code otherBytes}.
 */
public record EvidenceProfile(String name, int sms, int safariVisits, int processes, int liveRows,
                              int manifestEntries, int whatsappMessages, int idStatusEntries, long otherBytes,
                              int bundleDomains, int bundleOthersPerType) {
    /** Manifest rows that are not other files: sms.db, History.db, DataUsage.sqlite, ChatStorage.sqlite, the ID status cache. */
    static final int NAMED_FILES = 5;

    public EvidenceProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a profile needs a name");
        }
        if (sms < 10 || safariVisits < 10 || processes < 10 || liveRows < processes || whatsappMessages < 10
                || idStatusEntries < 10 || bundleDomains < 10 || bundleOthersPerType < 10) {
            throw new IllegalArgumentException("profile " + name + ": every count must be at least 10, and there "
                    + "must be at least one live row per process");
        }
        if (manifestEntries <= NAMED_FILES || otherBytes < 0) {
            throw new IllegalArgumentException("profile " + name + ": more than " + NAMED_FILES
                    + " Manifest entries and no negative size are needed");
        }
    }

    /** The large evidence: about a million rows per big table, 200,000 files, 2 GB of other files. */
    public static final EvidenceProfile LARGE = new EvidenceProfile("large", 1_000_000, 1_000_000, 100_000,
            1_000_000, 200_000, 200_000, 50_000, 2L << 30, 1_000_000, 100_000);
    /** A twentieth of large, for development runs. */
    public static final EvidenceProfile SMALL = new EvidenceProfile("small", 50_000, 50_000, 5_000, 50_000,
            10_000, 10_000, 2_500, 100L << 20, 50_000, 5_000);
    /** For the generator's own tests. */
    public static final EvidenceProfile TINY = new EvidenceProfile("tiny", 300, 200, 20, 60, 40, 100, 30, 64L << 10,
            100, 10);

    public static EvidenceProfile named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "large" -> LARGE;
            case "small" -> SMALL;
            case "tiny" -> TINY;
            default -> throw new IllegalArgumentException("unknown profile '" + name + "': large, small or tiny");
        };
    }

    int otherFiles() {
        return manifestEntries - NAMED_FILES;
    }
}
