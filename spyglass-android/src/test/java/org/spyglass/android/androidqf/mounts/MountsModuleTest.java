package org.spyglass.android.androidqf.mounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class MountsModuleTest {
    private static final String[] MOUNTS = {
        "/dev/block/dm-0 on / type ext4 (ro,seclabel,relatime)",
        "/dev/block/dm-1 on /vendor type ext4 (ro,seclabel,noatime)",
        "/dev/block/dm-2 on /system_ext type erofs (rw,seclabel)",
        "tmpfs on /dev type tmpfs (rw,seclabel,nosuid,relatime,mode=755)",
        "/dev/block/dm-3 /product ext4 ro,remount,seclabel 0 0",
        "/dev/block/sda1 on /system type ext4 (ro,noatime)",
    };

    @TempDir
    Path dir;

    private ModuleRun.Result<Mount> run(AndroidqfBuilder builder, Indicators indicators) throws Exception {
        try (AndroidqfSource source = AndroidqfSource.open(builder.getprop("a", "b").writeFolder(dir))) {
            return ModuleRun.run(new MountsModule(), source, indicators);
        }
    }

    @Test
    void readsMountAndProcMountsLines() throws Exception {
        ModuleRun.Result<Mount> result = run(AndroidqfBuilder.create().mounts(MOUNTS), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(6);
        assertThat(result.records().get(2)).isEqualTo(new Mount("/dev/block/dm-2", "/system_ext", "erofs",
                List.of("rw", "seclabel"), true, true, MountsModule.PATH));
        assertThat(result.records().get(4).options()).containsExactly("ro", "remount", "seclabel");
        assertThat(result.records().get(3).systemPartition()).isFalse();
    }

    @Test
    void flagsReadWriteSystemPartitionsHighAndOddOptionsMedium() throws Exception {
        ModuleRun.Result<Mount> result = run(AndroidqfBuilder.create().mounts(MOUNTS), TestIndicators.none());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.HIGH, Level.MEDIUM, Level.MEDIUM);
        assertThat(result.alerts()).extracting(Alert::message).satisfiesExactly(
                m -> assertThat(m).contains("/system_ext is mounted read-write"),
                m -> assertThat(m).contains("/product is mounted with remount"),
                m -> assertThat(m).contains("/system is mounted with noatime"));
    }

    @Test
    void matchesMountPointsAndDevicesAsFilePaths() throws Exception {
        Indicators indicators = TestIndicators.of().add(IndicatorType.FILE_PATH, "/dev/block/sda1", "Spy").build();

        ModuleRun.Result<Mount> result = run(AndroidqfBuilder.create().mounts(MOUNTS), indicators);

        assertThat(result.alerts()).filteredOn(a -> a.level() == Level.CRITICAL).singleElement()
                .satisfies(a -> assertThat(a.message()).contains("/dev/block/sda1"));
    }

    @Test
    void warnsOnAFileCutInHalfAndOnLinesOfAnotherFormat() throws Exception {
        ModuleRun.Result<Mount> cut = run(AndroidqfBuilder.create().file("mounts.json", "[\"/dev/block/dm-0 on /"),
                TestIndicators.none());
        ModuleRun.Result<Mount> other = run(AndroidqfBuilder.create().mounts("mounted: /system", MOUNTS[0]),
                TestIndicators.none());

        assertThat(cut.records()).isEmpty();
        assertThat(cut.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("not well-formed JSON"));
        assertThat(other.records()).hasSize(1);
        assertThat(other.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("1 line(s) were not mount lines"));
    }
}
