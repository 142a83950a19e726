package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.ios.testing.BackupBuilder.smsHandle;
import static org.spyglass.ios.testing.BackupBuilder.smsMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.core.ExitCode;
import org.spyglass.core.Level;
import org.spyglass.core.time.Times;
import org.spyglass.ios.applications.ApplicationsFixtures;
import org.spyglass.ios.backupinfo.BackupInfoFixtures;
import org.spyglass.ios.calendar.CalendarFixtures;
import org.spyglass.ios.calls.CallsFixtures;
import org.spyglass.ios.chrome.ChromeFixtures;
import org.spyglass.ios.contacts.ContactsFixtures;
import org.spyglass.ios.correlation.CorrelationFixtures;
import org.spyglass.ios.crashreporter.CrashReporterFixtures;
import org.spyglass.ios.firefox.FirefoxFixtures;
import org.spyglass.ios.idstatuscache.IdStatusCacheFixtures;
import org.spyglass.ios.interactionc.InteractionFixtures;
import org.spyglass.ios.locationd.LocationdFixtures;
import org.spyglass.ios.manifest.ManifestFixtures;
import org.spyglass.ios.osanalytics.OsAnalyticsFixtures;
import org.spyglass.ios.preferences.PreferencesFixtures;
import org.spyglass.ios.profiles.ProfilesFixtures;
import org.spyglass.ios.safari.SafariFixtures;
import org.spyglass.ios.shortcuts.ShortcutsFixtures;
import org.spyglass.ios.smsattachments.SmsAttachmentsFixtures;
import org.spyglass.ios.tcc.TccFixtures;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.ios.webkit.WebkitFixtures;
import org.spyglass.ios.whatsapp.WhatsappFixtures;

/**
 * One synthetic backup holding every artifact Spyglass parses, each with a planted trace from the bundled feeds,
 * checked with {@code spyglass ios check-backup} as a user would run it; the output folder is then read file by
 * file.
 */
class WholeBackupTest {
    @TempDir
    static Path dir;

    static Path evidence;
    static Path results;
    static CliRun run;
    static Map<String, String> before;
    /** Every row of the built Manifest.db: the manifest module lists them all. */
    static int manifestRows;

    /** What one module must write: its record count and the levels of its alerts, in any order. */
    record Expected(String module, int records, List<Level> alerts) {
        @Override
        public String toString() {
            return module;
        }
    }

    static Stream<Expected> expected() {
        return Stream.of(
                new Expected("chrome_history", ChromeFixtures.HISTORY_RECORDS, ChromeFixtures.HISTORY_ALERT_LEVELS),
                new Expected("chrome_favicon", ChromeFixtures.FAVICON_RECORDS, ChromeFixtures.FAVICON_ALERT_LEVELS),
                new Expected("firefox_history", FirefoxFixtures.HISTORY_RECORDS,
                        FirefoxFixtures.HISTORY_ALERT_LEVELS),
                new Expected("firefox_favicon", FirefoxFixtures.FAVICON_RECORDS,
                        FirefoxFixtures.FAVICON_ALERT_LEVELS),
                new Expected("whatsapp", WhatsappFixtures.MESSAGE_RECORDS, WhatsappFixtures.MESSAGE_ALERT_LEVELS),
                new Expected("whatsapp_chat_sessions", WhatsappFixtures.CHAT_SESSION_RECORDS,
                        WhatsappFixtures.NO_ALERTS),
                new Expected("whatsapp_lid_pairs", WhatsappFixtures.LID_PAIR_RECORDS, WhatsappFixtures.NO_ALERTS),
                new Expected("whatsapp_contacts", WhatsappFixtures.CONTACT_RECORDS, WhatsappFixtures.NO_ALERTS),
                new Expected("interaction_c", InteractionFixtures.RECORDS, InteractionFixtures.ALERT_LEVELS),
                new Expected("configuration_profiles", ProfilesFixtures.PROFILE_RECORDS,
                        ProfilesFixtures.PROFILE_ALERT_LEVELS),
                new Expected("profile_events", ProfilesFixtures.EVENT_RECORDS, ProfilesFixtures.EVENT_ALERT_LEVELS),
                new Expected("global_preferences", PreferencesFixtures.RECORDS, PreferencesFixtures.ALERT_LEVELS),
                new Expected("crash_reporter", CrashReporterFixtures.RECORDS, CrashReporterFixtures.ALERT_LEVELS),
                new Expected("shortcuts", ShortcutsFixtures.RECORDS, ShortcutsFixtures.ALERT_LEVELS),
                new Expected("safari_history", SafariFixtures.HISTORY_RECORDS, SafariFixtures.HISTORY_ALERTS),
                new Expected("safari_browser_state", SafariFixtures.BROWSER_STATE_RECORDS,
                        SafariFixtures.BROWSER_STATE_ALERTS),
                new Expected("webkit_resource_load_statistics", WebkitFixtures.OBSERVATIONS_RECORDS,
                        WebkitFixtures.OBSERVATIONS_ALERTS),
                new Expected("webkit_session_resource_log", WebkitFixtures.SESSION_LOG_RECORDS,
                        WebkitFixtures.SESSION_LOG_ALERTS),
                new Expected("calls", CallsFixtures.RECORDS, CallsFixtures.ALERT_LEVELS),
                new Expected("contacts", ContactsFixtures.RECORDS, ContactsFixtures.ALERT_LEVELS),
                new Expected("calendar", CalendarFixtures.RECORDS, CalendarFixtures.ALERT_LEVELS),
                new Expected("sms", SMS_RECORDS, List.of(Level.CRITICAL, Level.HIGH)),
                new Expected("sms_attachments", SmsAttachmentsFixtures.RECORDS, SmsAttachmentsFixtures.ALERT_LEVELS),
                new Expected("tcc", TccFixtures.RECORDS, TccFixtures.ALERT_LEVELS),
                new Expected("id_status_cache", IdStatusCacheFixtures.RECORDS, IdStatusCacheFixtures.ALERT_LEVELS),
                new Expected("locationd_clients", LocationdFixtures.RECORDS, LocationdFixtures.ALERT_LEVELS),
                new Expected("os_analytics_ad_daily", OsAnalyticsFixtures.RECORDS, OsAnalyticsFixtures.ALERT_LEVELS),
                new Expected("lookup_process_correlation", CorrelationFixtures.RECORDS,
                        CorrelationFixtures.ALERT_LEVELS),
                new Expected("datausage", CorrelationFixtures.DATAUSAGE_RECORDS,
                        CorrelationFixtures.DATAUSAGE_ALERT_LEVELS),
                new Expected("backup_info", BackupInfoFixtures.RECORDS, List.of(Level.LOW)),
                new Expected("applications", ApplicationsFixtures.RECORDS, List.of(Level.CRITICAL, Level.MEDIUM)),
                new Expected("manifest", manifestRows, List.of(Level.HIGH)));
    }

    /** Messages 101 to 104 carry the attachments of {@link SmsAttachmentsFixtures}; 105 and 106 are planted. */
    private static final int SMS_RECORDS = 6;

    private static BackupBuilder smsDatabase(BackupBuilder builder) {
        Instant day = Instant.parse("2021-06-29T18:00:00Z");
        return builder.smsDb(BackupBuilder.SMS_IOS14, smsHandle(101, "+15550142") + smsHandle(102, "+15550199")
                + smsMessage(101, 101, null, false, day, day.plusSeconds(30))
                + smsMessage(102, 101, null, true, day.plusSeconds(120), null)
                + smsMessage(103, 101, "look", false, day.plusSeconds(600), day.plusSeconds(660))
                + smsMessage(104, 102, null, false, SmsAttachmentsFixtures.PLANTED_TIME, null)
                + smsMessage(105, 101, "Your parcel: https://accountcanceled.com/track/51c0", false,
                        day.plusSeconds(3600), null)
                + smsMessage(106, 102, "ALERT: Apple detected a targeted mercenary spyware attack against your "
                        + "iPhone.", false, day.plusSeconds(7200), null)
                + SmsAttachmentsFixtures.attachmentSql());
    }

    @BeforeAll
    static void checkTheWholeBackup() throws Exception {
        evidence = withEveryArtifact(BackupBuilder.in(dir.resolve("evidence"))).build();
        manifestRows = countManifestRows(evidence.resolve("Manifest.db"));
        before = EvidenceSnapshot.of(dir.resolve("evidence"));
        results = dir.resolve("results");
        run = CliRun.of("ios", "check-backup", evidence.toString(), "-o", results.toString());
    }

    /** Adds every artifact's fixture, each with its planted trace. */
    static BackupBuilder withEveryArtifact(BackupBuilder builder) {
        ChromeFixtures.addTo(builder);
        FirefoxFixtures.addTo(builder);
        WhatsappFixtures.addTo(builder);
        InteractionFixtures.addTo(builder);
        ProfilesFixtures.addTo(builder);
        PreferencesFixtures.addTo(builder);
        CrashReporterFixtures.addTo(builder);
        ShortcutsFixtures.addTo(builder);
        SafariFixtures.addTo(builder);
        WebkitFixtures.addTo(builder);
        CallsFixtures.addTo(builder);
        ContactsFixtures.addTo(builder);
        CalendarFixtures.addTo(builder);
        smsDatabase(builder);
        TccFixtures.addTo(builder);
        IdStatusCacheFixtures.addTo(builder);
        LocationdFixtures.addTo(builder);
        OsAnalyticsFixtures.addTo(builder);
        CorrelationFixtures.addTo(builder);
        BackupInfoFixtures.addTo(builder);
        ManifestFixtures.addTo(builder);
        ApplicationsFixtures.addTo(builder);
        return builder;
    }

    /** Counts the rows of Manifest.db without writing anything beside it ({@code immutable=1}, read-only). */
    private static int countManifestRows(Path manifest) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + manifest
                + "?mode=ro&immutable=1");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM Files")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static JsonNode json(String file) throws IOException {
        return new ObjectMapper().readTree(results.resolve(file).toFile());
    }

    @ParameterizedTest
    @MethodSource("expected")
    void writesEachModulesRecordsAndAlerts(Expected expected) throws IOException {
        assertThat(json(expected.module() + ".json")).as(expected.module() + ".json").hasSize(expected.records());
        Path detected = results.resolve(expected.module() + "_detected.json");
        if (expected.alerts().isEmpty()) {
            assertThat(detected).doesNotExist();
        } else {
            List<String> levels = new ArrayList<>();
            json(expected.module() + "_detected.json").forEach(alert -> levels.add(alert.get("level").asText()));
            assertThat(levels).as(expected.module() + "_detected.json")
                    .containsExactlyInAnyOrderElementsOf(expected.alerts().stream().map(Level::name).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("expected")
    void everyModuleRanWithoutWarnings(Expected expected) throws IOException {
        JsonNode module = null;
        for (JsonNode candidate : json("summary.json").get("modules")) {
            if (candidate.get("name").asText().equals(expected.module())) {
                module = candidate;
            }
        }
        assertThat(module).as(expected.module()).isNotNull();
        assertThat(module.get("status").asText()).as(expected.module()).isEqualTo("RAN");
        assertThat(module.get("warnings").asInt()).as(expected.module()).isZero();
    }

    @Test
    void exitsWithTheAlertsCodeAndASignsOfCompromiseVerdict() throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ALERTS.code());
        assertThat(json("summary.json").at("/verdict/code").asText()).isEqualTo("SIGNS_OF_COMPROMISE");
        assertThat(run.out()).contains("Verdict: Signs of compromise");
    }

    @Test
    void alertsJsonHoldsEveryModulesAlertsWithTheirIndicatorSource() throws IOException {
        long expectedAlerts = expected().mapToLong(e -> e.alerts().size()).sum();
        JsonNode alerts = json("alerts.json");
        assertThat(alerts.size()).isGreaterThanOrEqualTo((int) expectedAlerts);
        for (JsonNode alert : alerts) {
            JsonNode indicator = alert.get("matched_indicator");
            if (!indicator.isNull()) {
                assertThat(indicator.get("stix2_file_name").asText()).startsWith("bundled:");
                assertThat(indicator.get("feed").asText()).isNotBlank();
            } else {
                assertThat(alert.at("/heuristic/id").asText()).startsWith("ios.");
            }
        }
    }

    @Test
    void timelineIsSortedAndCoversEveryModuleThatHasTimes() throws IOException {
        List<String> lines = Files.readAllLines(results.resolve("timeline.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\"UTC Timestamp\",\"Plugin\",\"Event\",\"Description\"");
        List<String> times = lines.stream().skip(1).map(l -> l.substring(1, l.indexOf('"', 1))).toList();
        assertThat(times).isSorted().isNotEmpty();
        List<String> plugins = lines.stream().skip(1).map(l -> l.split("\",\"")[1]).distinct().toList();
        assertThat(plugins).contains("chrome_history", "whatsapp", "interaction_c", "shortcuts",
                "configuration_profiles");
        assertThat(lines).as("descriptions never print a missing value as null")
                .noneMatch(line -> line.matches("(?i).*\\bnull\\b.*"));
        assertThat(results.resolve("alerts_timeline.csv")).exists();
    }

    @Test
    void urlsJsonCollectsTheLinksOfMessagesAndShortcuts() throws IOException {
        List<String> sources = json("urls.json").findValuesAsText("source");
        assertThat(sources).contains("whatsapp", "shortcuts");
    }

    @Test
    void processesJsonShowsThePlantedProcessInEverySourceWithItsIndicator() throws IOException {
        JsonNode bh = null;
        List<String> names = new ArrayList<>();
        for (JsonNode process : json("processes.json")) {
            names.add(process.get("process").asText());
            if (process.get("process").asText().equals("bh")) {
                bh = process;
            }
        }
        assertThat(names).isSorted().doesNotHaveDuplicates().contains("Weather", "nsurlsessiond");
        assertThat(bh).isNotNull();
        assertThat(bh.get("matched").asBoolean()).isTrue();
        assertThat(bh.at("/matched_indicators/0/type").asText()).isEqualTo("processes");
        assertThat(bh.at("/matched_indicators/0/stix2_file_name").asText()).startsWith("bundled:");
        List<String> sightings = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (JsonNode sighting : bh.get("sightings")) {
            sightings.add(sighting.get("module").asText() + " " + sighting.get("time_kind").asText() + " "
                    + sighting.get("time").asText());
            if (!sighting.get("time").asText().isEmpty()) {
                times.add(sighting.get("time").asText());
            }
        }
        assertThat(sightings).contains(
                "datausage first seen " + Times.mvt(CorrelationFixtures.BH_FIRST_SEEN),
                "datausage last seen " + Times.mvt(CorrelationFixtures.BH_FIRST_SEEN.plusSeconds(600)),
                "lookup_process_correlation first seen " + Times.mvt(CorrelationFixtures.BH_FIRST_SEEN),
                "os_analytics_ad_daily day " + Times.mvt(OsAnalyticsFixtures.DAY));
        assertThat(times).isSorted();
        assertThat(bh.get("first_seen").asText()).isEqualTo(times.get(0));
        assertThat(bh.get("last_seen").asText()).isEqualTo(times.get(times.size() - 1));
        assertThat(bh.get("modules")).extracting(JsonNode::asText)
                .contains("datausage", "lookup_process_correlation", "os_analytics_ad_daily");
        assertThat(bh.get("module_count").asInt()).isEqualTo(bh.get("modules").size());
        assertThat(bh.get("sighting_count").asInt()).isEqualTo(sightings.size());
    }

    @Test
    void infoJsonHashesEveryEvidenceFileRead() throws IOException {
        JsonNode info = json("info.json");
        assertThat(info.get("target_path").asText()).isEqualTo(evidence.toAbsolutePath().toString());
        assertThat(info.get("hashes").size()).isGreaterThan(10);
        assertThat(info.get("hashes").findValuesAsText("sha256")).allSatisfy(h -> assertThat(h).hasSize(64));
    }

    @Test
    void leavesTheEvidenceUntouched() throws IOException {
        assertThat(EvidenceSnapshot.of(dir.resolve("evidence"))).isEqualTo(before);
    }
}
