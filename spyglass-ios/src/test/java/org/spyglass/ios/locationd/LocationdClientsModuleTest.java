package org.spyglass.ios.locationd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.locationd.LocationdFixtures.apple;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.testing.BackupBuilder;

class LocationdClientsModuleTest {
    private static final Indicators FEEDS = TestIndicators.of().process("roleaccountd", "Pegasus")
            .process("bh", "Pegasus")
            .add(IndicatorType.FILE_PATH, "/private/var/db/com.apple.xpc.roleaccountd.staging/subridged", "QuaDream")
            .add(IndicatorType.APP_ID, "com.example.stalker", "Stalkerware").build();
    private static final Instant BEGIN = Instant.parse("2021-06-01T08:00:00Z");
    private static final Instant STOPPED = Instant.parse("2021-07-09T17:45:00Z");

    @TempDir
    Path dir;

    @Test
    void emitsOneRecordPerClientWithItsTimesAndFields() throws Exception {
        ModuleRun.Result<LocationdClient> result = run(LocationdFixtures.plist(), FEEDS);

        assertThat(result.records()).hasSize(LocationdFixtures.RECORDS);
        assertThat(result.warnings()).isEmpty();
        assertThat(result.records().get(0)).isEqualTo(new LocationdClient("com.apple.Maps", BEGIN, null, null,
                STOPPED, null, null, null, null, null, "com.apple.Maps", "/Applications/Maps.app", null, "",
                Base64.getEncoder().encodeToString("maps-token".getBytes(StandardCharsets.UTF_8))));
        assertThat(result.records()).extracting(LocationdClient::client).containsExactly("com.apple.Maps",
                "com.example.weather", "i/usr/libexec/routined", "i" + LocationdFixtures.PLANTED);
    }

    @Test
    void raisesOneHighAlertForTheSpywareProcessNameInTheKeyAndNoneForOrdinaryClients() throws Exception {
        ModuleRun.Result<LocationdClient> result = run(LocationdFixtures.plist(), FEEDS);

        assertThat(result.alerts()).extracting(Alert::level).isEqualTo(LocationdFixtures.ALERT_LEVELS);
        Alert alert = result.alerts().get(0);
        assertThat(alert.message()).startsWith("Found a known spyware trace in locationd clients.plist: client \"i"
                + LocationdFixtures.PLANTED + "\" matched indicator \"roleaccountd\"").endsWith("from \"Pegasus\"");
        assertThat(alert.eventTime()).isEqualTo(LocationdFixtures.PLANTED_TIME);
    }

    @Test
    void matchesBundleIdsAsProcessesAndAppIdsAndPathsAsFilePathsOncePerIndicator() throws Exception {
        String subridged = "/private/var/db/com.apple.xpc.roleaccountd.staging/subridged";
        NSDictionary stalker = new NSDictionary();
        stalker.put("BundleId", "com.example.stalker");
        stalker.put("ConsumptionPeriodBegin", apple(BEGIN));
        NSDictionary helper = new NSDictionary();
        helper.put("Executable", subridged);
        helper.put("Registered", subridged);
        helper.put("BundlePath", "/private/var/db/com.apple.xpc.roleaccountd.staging");
        NSDictionary root = new NSDictionary();
        root.put("com.example.stalker:", stalker);
        root.put("com.example.helper:", helper);
        ModuleRun.Result<LocationdClient> result = run(write(root), FEEDS);

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.HIGH, Level.HIGH);
        assertThat(result.alerts().get(0).message()).contains("bundle id \"com.example.stalker\"")
                .contains("\"Stalkerware\"");
        assertThat(result.alerts().get(1).message()).contains("Executable \"" + subridged + "\"")
                .contains("\"QuaDream\"");
        assertThat(result.alerts().get(1).eventTime()).isNull();
    }

    @Test
    void raisesOneAlertPerClientNamingEachFieldThatMatchedANewIndicator() throws Exception {
        String subridged = "/private/var/db/com.apple.xpc.roleaccountd.staging/subridged";
        NSDictionary stalker = new NSDictionary();
        stalker.put("BundleId", "com.example.stalker");
        stalker.put("Executable", subridged);
        stalker.put("Registered", subridged);
        NSDictionary root = new NSDictionary();
        root.put("com.example.stalker:", stalker);

        ModuleRun.Result<LocationdClient> result = run(write(root), FEEDS);

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.HIGH);
            assertThat(alert.matches()).extracting(match -> match.indicator().value())
                    .containsExactly("com.example.stalker", subridged);
            assertThat(alert.message()).isEqualTo("Found a known spyware trace in locationd clients.plist: "
                    + "bundle id \"com.example.stalker\" matched indicator \"com.example.stalker\" (same app id) "
                    + "from \"Stalkerware\"; Executable \"" + subridged + "\" matched indicator \"" + subridged
                    + "\" (same path) from \"QuaDream\"");
        });
    }

    @Test
    void flagsAnExecutableNamedLikeAGenuineDaemonWithoutIndicators() throws Exception {
        NSDictionary client = new NSDictionary();
        client.put("Executable", "/usr/libexec/locationdd");
        client.put("LocationTimeStopped", apple(STOPPED));
        NSDictionary root = new NSDictionary();
        root.put("i/usr/libexec/locationdd:", client);
        ModuleRun.Result<LocationdClient> result = run(write(root), TestIndicators.none());

        assertThat(result.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.level()).isEqualTo(Level.MEDIUM);
            assertThat(alert.heuristic().id()).isEqualTo("ios.locationd_clients.daemon-lookalike");
            assertThat(alert.message()).isEqualTo("locationd clients.plist client \"i/usr/libexec/locationdd\" runs "
                    + "\"locationdd\", which is spelled almost like the iOS daemon \"locationd\" (1 character "
                    + "differs)");
            assertThat(alert.eventTime()).isEqualTo(STOPPED);
        });
    }

    @Test
    void putsOneEventPerTimeKeyOnTheTimeline() throws Exception {
        ModuleRun.Result<LocationdClient> result = run(LocationdFixtures.plist(), TestIndicators.none());

        assertThat(result.events()).hasSize(8).contains(new TimelineEvent(STOPPED, "locationd_clients",
                "LocationTimeStopped", "LocationTimeStopped from com.apple.Maps"));
        assertThat(result.events()).extracting(TimelineEvent::event).startsWith("ConsumptionPeriodBegin",
                "LocationTimeStopped", "ConsumptionPeriodBegin", "BackgroundLocationTimeStopped",
                "SignificantTimeStopped");
    }

    @Test
    void skipsBookkeepingValuesAndKeepsABooleanRegistered() throws Exception {
        NSDictionary client = new NSDictionary();
        client.put("Registered", new NSNumber(true));
        client.put("BundleId", "com.example.app");
        NSDictionary root = new NSDictionary();
        root.put("MigrationVersion", new NSNumber(3));
        root.put("com.example.app::", client);
        ModuleRun.Result<LocationdClient> result = run(write(root), FEEDS);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).singleElement().satisfies(record -> {
            assertThat(record.client()).isEqualTo("com.example.app");
            assertThat(record.registered()).isEqualTo("true");
        });
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void readsTheMobileCopyOfAFileSystemDump() throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).file("HomeDomain", LocationdFixtures.RELATIVE_PATH,
                LocationdFixtures.plist());
        try (BackupSource source = BackupSource.open(builder.build())) {
            ModuleRun.Result<LocationdClient> result = ModuleRun.run(new LocationdClientsModule(), source, FEEDS);
            assertThat(result.records()).hasSize(LocationdFixtures.RECORDS);
        }
    }

    @Test
    void recognisesTheExecutablePathInAKey() {
        LocationdClient marked = client("i/usr/libexec/foo");
        LocationdClient plain = client("/usr/libexec/foo");
        LocationdClient bundle = client("com.apple.weather");
        assertThat(marked.clientPath()).isEqualTo("/usr/libexec/foo");
        assertThat(plain.clientPath()).isEqualTo("/usr/libexec/foo");
        assertThat(bundle.clientPath()).isNull();
        assertThat(marked.processName()).isEqualTo("foo");
        assertThat(bundle.processName()).isEqualTo("com.apple.weather");
    }

    private static LocationdClient client(String key) {
        return new LocationdClient(key, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private static byte[] write(NSDictionary root) throws Exception {
        return BinaryPropertyListWriter.writeToArray(root);
    }

    private ModuleRun.Result<LocationdClient> run(byte[] plist, Indicators indicators) throws Exception {
        BackupBuilder builder = BackupBuilder.in(dir).file("RootDomain", LocationdFixtures.RELATIVE_PATH, plist);
        try (BackupSource source = BackupSource.open(builder.build())) {
            return ModuleRun.run(new LocationdClientsModule(), source, indicators);
        }
    }
}
