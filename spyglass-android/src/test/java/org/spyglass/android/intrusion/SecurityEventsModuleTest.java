package org.spyglass.android.intrusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.android.intrusion.IntrusionFixtures.SPY_PACKAGE;
import static org.spyglass.android.intrusion.IntrusionFixtures.WATCH_PACKAGE;
import static org.spyglass.android.testing.IntrusionLogBuilder.DEFAULT_FILE;
import static org.spyglass.android.testing.IntrusionLogBuilder.MILLIS;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.android.testing.IntrusionLogBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class SecurityEventsModuleTest {
    private static final long NANOS = MILLIS * 1_000_000L;

    @TempDir
    Path dir;

    private ModuleRun.Result<IntrusionSecurityEvent> run(IntrusionLogBuilder logs, Indicators indicators)
            throws Exception {
        try (IntrusionLogSource source = IntrusionLogSource.open(logs.writeFolder(dir, "logs"))) {
            return ModuleRun.run(new SecurityEventsModule(), source, indicators);
        }
    }

    @Test
    void recordsEveryTagWithItsDataIdAndNanosecondTime() throws Exception {
        ModuleRun.Result<IntrusionSecurityEvent> result = run(IntrusionLogBuilder.create()
                .security(NANOS + 123_456_789L, "app_process_start",
                        "{\"process\":\"com.android.chrome:sandboxed\",\"uid\":10123,\"pid\":4242}")
                .dns(MILLIS, "example.org", "com.app")
                .security(NANOS, "keyguard_dismissed", "{}")
                .security(NANOS, "future_google_event", "\"text\"")
                .line("{\"security_event\":{\"event_time\":1,\"event_id\":9}}"), TestIndicators.none());

        assertThat(result.records()).hasSize(3);
        assertThat(result.records().get(0)).isEqualTo(new IntrusionSecurityEvent(
                Instant.parse("2026-05-04T10:15:30.123456789Z"), NANOS + 123_456_789L, 1L, "app_process_start",
                Map.of("process", "com.android.chrome:sandboxed", "uid", 10123, "pid", 4242),
                "com.android.chrome:sandboxed", "/" + DEFAULT_FILE, 1));
        assertThat(result.records()).extracting(IntrusionSecurityEvent::tag)
                .containsExactly("app_process_start", "keyguard_dismissed", "future_google_event");
        assertThat(result.records().get(2).data()).containsEntry("value", "text");
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("1 security_event(s) without a tag").contains("line 5"));
        assertThat(result.processes()).extracting(ProcessSighting::name)
                .containsExactly("com.android.chrome:sandboxed");
        assertThat(result.events()).hasSize(3);
    }

    static Stream<Arguments> heuristics() {
        return Stream.of(
                Arguments.of("cert_authority_installed", "{\"success\":true,\"subject\":\"CN=Evil Root\"}",
                        Level.MEDIUM, "CN=Evil Root"),
                Arguments.of("cert_authority_installed", "{\"subject\":\"CN=Quiet Root\"}", Level.MEDIUM,
                        "CN=Quiet Root"),
                Arguments.of("cert_validation_failure", "\"chain validation failed\"", Level.MEDIUM,
                        "chain validation failed"),
                Arguments.of("key_integrity_violation", "{\"key_alias\":\"k1\"}", Level.MEDIUM, "k1"),
                Arguments.of("wipe_failure", "{}", Level.MEDIUM, "wipe"),
                Arguments.of("crypto_self_test_completed", "{\"success\":0}", Level.MEDIUM, "self-test"),
                Arguments.of("logging_stopped", "{}", Level.MEDIUM, "stopped"),
                Arguments.of("log_buffer_size_critical", "{}", Level.LOW, "nearly full"),
                Arguments.of("adb_shell_cmd", "{\"command\":\"pm install -r /data/local/tmp/x.apk\"}", Level.MEDIUM,
                        "pm install"),
                Arguments.of("adb_shell_cmd", "{\"command\":\"appops set com.x CAMERA allow\"}", Level.MEDIUM,
                        "appops set"),
                Arguments.of("adb_sync_send_file", "{\"path\":\"/sdcard/Download/update.apk\"}", Level.MEDIUM,
                        "update.apk"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("heuristics")
    void raisesTheHeuristicOfATellingEvent(String tag, String payload, Level level, String shown) throws Exception {
        ModuleRun.Result<IntrusionSecurityEvent> result = run(IntrusionLogBuilder.create()
                .security(NANOS, tag, payload), TestIndicators.none());

        assertThat(result.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(level);
            assertThat(a.message()).contains(shown);
            assertThat(a.heuristic()).isNotNull();
            assertThat(a.heuristic().explanation()).isNotBlank();
            assertThat(a.eventTime()).isEqualTo(Instant.parse("2026-05-04T10:15:30Z"));
        });
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("quiet")
    void raisesNothingForOrdinaryEvents(String tag, String payload) throws Exception {
        ModuleRun.Result<IntrusionSecurityEvent> result = run(IntrusionLogBuilder.create()
                .security(NANOS, tag, payload), TestIndicators.none());

        assertThat(result.records()).hasSize(1);
        assertThat(result.alerts()).isEmpty();
    }

    static Stream<Arguments> quiet() {
        return Stream.of(Arguments.of("cert_authority_installed", "{\"success\":false,\"subject\":\"CN=X\"}"),
                Arguments.of("crypto_self_test_completed", "{\"success\":true}"),
                Arguments.of("adb_shell_cmd", "{\"command\":\"getprop ro.build.version.release\"}"),
                Arguments.of("adb_shell_cmd", "{\"command\":\"pm list packages -f\"}"),
                Arguments.of("adb_sync_send_file", "{\"path\":\"/sdcard/Music/song.mp3\"}"),
                Arguments.of("keyguard_dismiss_auth_attempt", "{\"success\":true,\"method_strength\":0}"));
    }

    @Test
    void matchesStartedAppsAndInstalledPackagesWithWatchwareLower() throws Exception {
        ModuleRun.Result<IntrusionSecurityEvent> result = run(IntrusionLogBuilder.create()
                .security(NANOS, "app_process_start", "{\"process\":\"" + SPY_PACKAGE + ":remote\",\"pid\":7}")
                .security(NANOS, "package_installed", "{\"package_name\":\"" + WATCH_PACKAGE + "\"}")
                .security(NANOS, "app_process_start", "{\"process\":\"com.android.chrome\"}"),
                IntrusionFixtures.echap());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.MEDIUM);
        assertThat(result.alerts().get(0).message()).contains(SPY_PACKAGE + ":remote").contains("SpyApp");
        assertThat(result.alerts().get(1).message()).contains("package_installed").contains("watchware");
    }

    @Test
    void matchesStartedProcessNamesAndAdbFilePaths() throws Exception {
        ModuleRun.Result<IntrusionSecurityEvent> result = run(IntrusionLogBuilder.create()
                .security(NANOS, "app_process_start", "{\"process\":\"droidspy\"}")
                .security(NANOS, "adb_sync_recv_file", "{\"path\":\"/data/local/tmp/spy.bin\"}"),
                TestIndicators.of().process("droidspy", "Spy")
                        .add(IndicatorType.FILE_PATH, "/data/local/tmp/spy.bin", "Spy").build());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.CRITICAL);
        assertThat(result.alerts().get(1).message()).contains("adb_sync_recv_file").contains("spy.bin");
    }
}
