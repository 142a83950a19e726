package org.spyglass.ios.correlation;

import static org.spyglass.ios.testing.BackupBuilder.live;
import static org.spyglass.ios.testing.BackupBuilder.process;

import java.time.Instant;
import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.ios.idstatuscache.IdStatusCacheFixtures;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * Both artifacts of the lookup-then-process correlation for whole-backup tests: the idstatuscache.plist of
 * {@link IdStatusCacheFixtures} (written again, byte for byte, so adding both fixtures is harmless) and a
 * DataUsage.sqlite in which the Pegasus process {@code bh} first uses the network 95 seconds after the planted
 * attacker lookup. A genuine daemon (nsurlsessiond, 40 seconds after) and an app (Mail, 3 minutes after a benign
 * lookup) are paired too but raise nothing. DataUsage.sqlite replaces any other DataUsage fixture added before it.
 */
public final class CorrelationFixtures {
    public static final Instant BH_FIRST_SEEN = IdStatusCacheFixtures.ATTACKER_LOOKUP.plusSeconds(95);
    /** Records the lookup_process_correlation module emits: nsurlsessiond, bh and Mail, each with one lookup. */
    public static final int RECORDS = 3;
    /** Alerts it raises with the bundled feeds: bh after the attacker lookup. */
    public static final List<Level> ALERT_LEVELS = List.of(Level.HIGH);
    /** Records the datausage module emits from this DataUsage.sqlite (one per live row or live-less process). */
    public static final int DATAUSAGE_RECORDS = 4;
    /** Alerts the datausage module raises with the bundled feeds: the process name bh. */
    public static final List<Level> DATAUSAGE_ALERT_LEVELS = List.of(Level.CRITICAL);

    private CorrelationFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        Instant attacker = IdStatusCacheFixtures.ATTACKER_LOOKUP;
        Instant benign = Instant.parse("2021-07-02T18:30:00Z");
        Instant last = Instant.parse("2021-07-11T08:00:00Z");
        IdStatusCacheFixtures.addTo(builder);
        return builder.dataUsage(BackupBuilder.DATAUSAGE_IOS14,
                process(1, "Weather", "com.apple.weather", Instant.parse("2021-06-01T08:00:00Z"), last)
                        + process(2, "Mail", "com.apple.mobilemail", benign.plusSeconds(180), last)
                        + process(3, "nsurlsessiond", null, attacker.plusSeconds(40), last)
                        + process(4, "bh", null, BH_FIRST_SEEN, BH_FIRST_SEEN.plusSeconds(600))
                        + live(1, 1, last, 20_480, 4_096, 1_024, 512)
                        + live(2, 2, last, 1_048_576, 65_536, 0, 0)
                        + live(3, 4, BH_FIRST_SEEN.plusSeconds(600), 1_200, 3_450_000, 900, 2_810_000));
    }
}
