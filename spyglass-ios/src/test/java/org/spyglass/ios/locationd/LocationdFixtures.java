package org.spyglass.ios.locationd;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * A realistic locationd clients.plist for whole-backup tests: Apple Maps, a third-party weather app and the routined
 * daemon, plus one planted client run from Pegasus's staging folder under the Pegasus process name
 * {@code roleaccountd}, which the bundled feeds list.
 */
public final class LocationdFixtures {
    /** RootDomain relative path (fileID a690d7769cce8904ca2b67320b107c8fe5f79412). */
    public static final String RELATIVE_PATH = "Library/Caches/locationd/clients.plist";
    /** The planted client's executable. */
    public static final String PLANTED = "/private/var/db/com.apple.xpc.roleaccountd.staging/roleaccountd";
    public static final Instant PLANTED_TIME = Instant.parse("2021-07-10T13:20:00Z");
    /** Records the locationd_clients module emits. */
    public static final int RECORDS = 4;
    /** Alerts it raises with the bundled feeds: the process name roleaccountd (HIGH, as MVT rates locationd). */
    public static final List<Level> ALERT_LEVELS = List.of(Level.HIGH);

    private LocationdFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.file("RootDomain", RELATIVE_PATH, plist());
    }

    static byte[] plist() {
        NSDictionary maps = new NSDictionary();
        maps.put("BundleId", "com.apple.Maps");
        maps.put("BundlePath", "/Applications/Maps.app");
        maps.put("Registered", "");
        maps.put("ConsumptionPeriodBegin", apple(Instant.parse("2021-06-01T08:00:00Z")));
        maps.put("LocationTimeStopped", apple(Instant.parse("2021-07-09T17:45:00Z")));
        maps.put("ClientStorageToken", new NSData("maps-token".getBytes(StandardCharsets.UTF_8)));
        String app = "/private/var/containers/Bundle/Application/0A1B2C3D-0000-4000-8000-000000000001/Weather.app";
        NSDictionary weather = new NSDictionary();
        weather.put("BundleId", "com.example.weather");
        weather.put("BundlePath", app);
        weather.put("Executable", app + "/Weather");
        weather.put("Registered", app + "/Weather");
        weather.put("ConsumptionPeriodBegin", apple(Instant.parse("2021-06-15T07:00:00Z")));
        weather.put("BackgroundLocationTimeStopped", apple(Instant.parse("2021-07-10T06:30:00Z")));
        weather.put("SignificantTimeStopped", apple(Instant.parse("2021-07-10T06:31:00Z")));
        NSDictionary routined = new NSDictionary();
        routined.put("Executable", "/usr/libexec/routined");
        routined.put("Registered", "/usr/libexec/routined");
        routined.put("ConsumptionPeriodBegin", apple(Instant.parse("2021-06-01T08:00:00Z")));
        routined.put("VisitTimeStopped", apple(Instant.parse("2021-07-10T09:00:00Z")));
        NSDictionary planted = new NSDictionary();
        planted.put("Executable", PLANTED);
        planted.put("Registered", PLANTED);
        planted.put("LocationTimeStopped", apple(PLANTED_TIME));
        NSDictionary root = new NSDictionary();
        root.put("com.apple.Maps:", maps);
        root.put("com.example.weather:", weather);
        root.put("i/usr/libexec/routined:", routined);
        root.put("i" + PLANTED + ":", planted);
        try {
            return BinaryPropertyListWriter.writeToArray(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NSNumber apple(Instant when) {
        return new NSNumber(SqlScript.appleSeconds(when));
    }
}
