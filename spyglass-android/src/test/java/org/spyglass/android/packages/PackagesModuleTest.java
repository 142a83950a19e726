package org.spyglass.android.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.android.testing.BugreportBuilder;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class PackagesModuleTest {
    static final String PACKAGE = """
            Activity Resolver Table:
              Non-Data Actions:
                  android.intent.action.MAIN:
                    1a2b com.thetruth/.Main

            Packages:
              Package [com.thetruth] (5e6f7a8):
                userId=10190
                versionCode=42 minSdk=24 targetSdk=33
                versionName=3.1
                firstInstallTime=2024-02-28 22:40:01
                lastUpdateTime=2024-02-29 08:00:00
                installerPackageName=null
                pkgFlags=[ HAS_CODE ALLOW_CLEAR_USER_DATA ]
              Package [com.android.settings] (1b2c3d):
                userId=1000
                versionCode=34 minSdk=34 targetSdk=34
                versionName=14
                pkgFlags=[ SYSTEM HAS_CODE PERSISTENT ]
                User 0: ceDataInode=1 installed=true
                  firstInstallTime=2008-12-31 23:00:00
              Package [com.topjohnwu.magisk] (9a8b):
                userId=10201
                versionName=27.0
                firstInstallTime=not a time

            Shared users:
              SharedUser [android.uid.system] (4d5e):
            """;

    @TempDir
    Path dir;

    private ModuleRun.Result<InstalledPackage> run(Indicators indicators) throws Exception {
        try (BugreportSource source = BugreportSource.open(BugreportBuilder.create().service("package", PACKAGE)
                .writeFolder(dir, "bugreport"))) {
            return ModuleRun.run(new PackagesModule(), source, indicators);
        }
    }

    @Test
    void readsEachPackageOfThePackagesBlock() throws Exception {
        ModuleRun.Result<InstalledPackage> result = run(TestIndicators.none());

        assertThat(result.records()).extracting(InstalledPackage::packageName)
                .containsExactly("com.thetruth", "com.android.settings", "com.topjohnwu.magisk");
        assertThat(result.records().get(0)).isEqualTo(new InstalledPackage("com.thetruth", "10190", "3.1", "42",
                "null", false, "2024-02-28T22:40:01", "2024-02-29T08:00", Instant.parse("2024-02-28T21:40:01Z"),
                Instant.parse("2024-02-29T07:00:00Z"), true, BugreportSource.DUMPSTATE));
        assertThat(result.records().get(1).system()).isTrue();
        assertThat(result.records().get(1).firstInstallTime()).isEqualTo("2008-12-31T23:00");
    }

    @Test
    void countsUnreadableTimesInOneWarning() throws Exception {
        ModuleRun.Result<InstalledPackage> result = run(TestIndicators.none());

        assertThat(result.records().get(2).firstInstallTime()).isNull();
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).startsWith("1 package"));
    }

    @Test
    void matchesPackagesAndFlagsRootingApps() throws Exception {
        ModuleRun.Result<InstalledPackage> result = run(TestIndicators.of()
                .add(IndicatorType.APP_ID, "com.thetruth", "TheTruthSpy", "stalkerware").build());

        assertThat(result.alerts()).extracting(Alert::level).containsExactly(Level.CRITICAL, Level.MEDIUM);
        assertThat(result.alerts().get(0).eventTime()).isEqualTo(Instant.parse("2024-02-28T21:40:01Z"));
        assertThat(result.alerts().get(1).heuristic()).isEqualTo(PackagesChecker.ROOTING_APP);
    }

    @Test
    void putsInstallsAndUpdatesOnTheTimeline() throws Exception {
        ModuleRun.Result<InstalledPackage> result = run(TestIndicators.none());

        assertThat(result.events()).extracting(TimelineEvent::event).containsExactly("package_first_install",
                "package_last_update", "package_first_install");
    }
}
