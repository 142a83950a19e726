package org.spyglass.android.tombstones;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.android.testing.Tombstones;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class TombstonesModuleTest {
    static final String FINGERPRINT = "google/sdk_phone/emu64a:14/UP1A.231005.007/1:userdebug/dev-keys";
    static final Tombstones SYSTEM_CRASH = new Tombstones(FINGERPRINT, "2024-03-01 23:10:05.123456789+0100", 1234,
            1240, 1000, List.of("/system/bin/surfaceflinger"), "binder:1234_2", 11, "SIGSEGV", null);
    static final Tombstones IMPLANT_CRASH = new Tombstones(FINGERPRINT, "2024-03-02 01:00:00.5+0100", 4321, 4321,
            10190, List.of("/data/local/tmp/bh", "--daemon"), "bh", 6, "SIGABRT", "assertion failed");

    @TempDir
    Path dir;

    private ModuleRun.Result<Tombstone> run(BugreportBuilder builder, Indicators indicators) throws Exception {
        try (BugreportSource source = BugreportSource.open(builder.writeZip(dir, "bugreport.zip"))) {
            return ModuleRun.run(new TombstonesModule(), source, indicators);
        }
    }

    private static BugreportBuilder both() {
        return BugreportBuilder.create()
                .file("FS/data/tombstones/tombstone_00", SYSTEM_CRASH.text())
                .file("FS/data/tombstones/tombstone_01.pb", IMPLANT_CRASH.protobuf());
    }

    @Test
    void readsATextTombstoneWhole() throws Exception {
        ModuleRun.Result<Tombstone> result = run(both(), TestIndicators.none());

        assertThat(result.records()).hasSize(2).first().isEqualTo(new Tombstone(
                "/FS/data/tombstones/tombstone_00", "text", FINGERPRINT, "0", "arm64",
                "2024-03-01T23:10:05.123456789", Instant.parse("2024-03-01T22:10:05.123456789Z"), true, 12L,
                List.of("/system/bin/surfaceflinger"), 1234L, 1240L, 1000L, "/system/bin/surfaceflinger",
                "binder:1234_2", null, new Tombstone.Signal(11L, "SIGSEGV", 1L, "SEGV_MAPERR"), null, null));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void readsAProtobufTombstoneEncodedByProtobufJava() throws Exception {
        ModuleRun.Result<Tombstone> result = run(both(), TestIndicators.none());

        assertThat(result.records().get(1)).isEqualTo(new Tombstone(
                "/FS/data/tombstones/tombstone_01.pb", "protobuf", FINGERPRINT, "0", "arm64",
                "2024-03-02T01:00:00.500", Instant.parse("2024-03-02T00:00:00.5Z"), true, 12L,
                List.of("/data/local/tmp/bh", "--daemon"), 4321L, 4321L, 10190L, "/data/local/tmp/bh", "bh",
                "u:r:untrusted_app:s0:c512,c768", new Tombstone.Signal(6L, "SIGABRT", 1L, "SEGV_MAPERR"),
                "assertion failed", null));
        assertThat(result.events()).extracting(TimelineEvent::timestamp).containsExactly(
                Instant.parse("2024-03-01T22:10:05.123456789Z"), Instant.parse("2024-03-02T00:00:00.5Z"));
        assertThat(result.processes()).extracting(ProcessSighting::name).containsExactly("surfaceflinger", "bh");
    }

    @Test
    void matchesProcessesAndFlagsPrivilegedCrashes() throws Exception {
        ModuleRun.Result<Tombstone> result = run(both(), TestIndicators.of()
                .add(IndicatorType.PROCESS, "bh", "Pegasus").build());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.MEDIUM, Level.CRITICAL);
        assertThat(result.alerts().get(0).heuristic()).isEqualTo(TombstonesModule.PRIVILEGED_CRASH);
        assertThat(result.alerts().get(1).message()).startsWith("Found a crash of a known malicious process: "
                + "/data/local/tmp/bh (pid 4321) on SIGABRT, abort message 'assertion failed'");
    }

    @Test
    void warnsOnAProtobufCutInHalfAndOnATextWithoutHeaderAndReadsTheRest() throws Exception {
        byte[] whole = IMPLANT_CRASH.protobuf();
        ModuleRun.Result<Tombstone> result = run(BugreportBuilder.create()
                .file("FS/data/tombstones/tombstone_00", SYSTEM_CRASH.text())
                .file("FS/data/tombstones/tombstone_01.pb", Arrays.copyOf(whole, whole.length / 2))
                .file("FS/data/tombstones/tombstone_02", "Android 99 crash report v7\n{json: true}\n"),
                TestIndicators.none());

        assertThat(result.records()).extracting(Tombstone::file).containsExactly("/FS/data/tombstones/tombstone_00");
        assertThat(result.warnings()).extracting(w -> w.message())
                .anySatisfy(m -> assertThat(m).startsWith("the protobuf tombstone could not be read"))
                .anySatisfy(m -> assertThat(m).contains("holds no tombstone header"));
    }

    @Test
    void keepsTheLocalTimeOfATimestampWithoutOffsetAndUsesTheDeviceZone() throws Exception {
        Tombstones old = new Tombstones(FINGERPRINT, "2024-03-01 23:10:05", 1, 1, 0, List.of("/system/bin/vold"),
                "vold", 11, "SIGSEGV", null);
        ModuleRun.Result<Tombstone> result = run(BugreportBuilder.create()
                .file("FS/data/tombstones/tombstone_03", old.text()), TestIndicators.none());

        assertThat(result.records()).singleElement().satisfies(t -> {
            assertThat(t.localTime()).isEqualTo("2024-03-01T23:10:05");
            assertThat(t.time()).isEqualTo(Instant.parse("2024-03-01T22:10:05Z"));
        });
    }
}
