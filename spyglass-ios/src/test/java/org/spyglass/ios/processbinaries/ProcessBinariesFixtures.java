package org.spyglass.ios.processbinaries;

import static org.spyglass.ios.testing.BackupBuilder.process;

import java.time.Instant;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.ios.testing.DumpBuilder;

/**
 * A dump with the system executables of a few daemons and two usage databases: DataUsage.sqlite holds an app
 * (Weather), a daemon whose executable is in {@code /usr/sbin} (mDNSResponder), a 16-character name cut from
 * {@code com.apple.WebKit.Networking} (with an empty bundle id) and the Pegasus process {@code bh}, which has no
 * file; netusage.sqlite holds {@code roleaccountd} (no file) and {@code apsd} (in a private framework).
 */
public final class ProcessBinariesFixtures {
    public static final Instant BH_FIRST = Instant.parse("2021-07-14T02:15:26Z");
    public static final Instant ROLEACCOUNTD_FIRST = Instant.parse("2021-07-14T02:15:40Z");
    public static final String DATAUSAGE = "/private/var/wireless/Library/Databases/DataUsage.sqlite";
    public static final String NETUSAGE = "/private/var/networkd/db/netusage.sqlite";
    private static final Instant DAY = Instant.parse("2021-07-01T00:00:00Z");

    private ProcessBinariesFixtures() {
    }

    /** The system executables only: {@code /usr/sbin/mDNSResponder}, {@code apsd} and WebKit's networking process. */
    public static DumpBuilder systemBinaries(DumpBuilder builder) {
        return builder.file("/usr/sbin/mDNSResponder", "binary")
                .file("/System/Library/PrivateFrameworks/ApplePushService.framework/apsd", "binary")
                .file("/System/Library/Frameworks/WebKit.framework/XPCServices/com.apple.WebKit.Networking.xpc/"
                        + "com.apple.WebKit.Networking", "binary");
    }

    /** Both usage databases, without the system executables. */
    public static DumpBuilder databases(DumpBuilder builder) {
        return builder.dataUsage(BackupBuilder.DATAUSAGE_IOS14,
                        process(1, "Weather", "com.apple.weather", DAY, DAY)
                                + process(2, "mDNSResponder", null, DAY, DAY)
                                + process(4, "com.apple.WebKit", "", DAY, DAY)
                                + process(5, "bh", null, BH_FIRST, BH_FIRST.plusSeconds(600)))
                .database(NETUSAGE, BackupBuilder.schema(BackupBuilder.DATAUSAGE_IOS14)
                        + process(1, "roleaccountd", null, ROLEACCOUNTD_FIRST, ROLEACCOUNTD_FIRST)
                        + process(2, "apsd", null, DAY, DAY));
    }

    /** Everything: the system executables and both databases. */
    public static DumpBuilder addTo(DumpBuilder builder) {
        return databases(systemBinaries(builder));
    }
}
