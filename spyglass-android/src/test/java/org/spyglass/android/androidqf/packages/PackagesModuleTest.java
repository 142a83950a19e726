package org.spyglass.android.androidqf.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spyglass.android.testing.AndroidqfBuilder.pkg;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.android.testing.EchapIndicators;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;

class PackagesModuleTest {
    private static final String SHA = "ab".repeat(32);
    private static final String ECHAP = """
            - name: TheTruthSpy
              type: stalkerware
              packages: [com.thetruth]
              certificates: [31A6ECECD97CF39BC4126B8745CD94A7C30BF81C]
            - name: Qustodio
              type: watchware
              packages: [com.qustodio.qustodioapp]
            """;

    @TempDir
    Path dir;

    private ModuleRun.Result<AqfPackage> run(AndroidqfBuilder builder, Indicators indicators) throws Exception {
        try (AndroidqfSource source = AndroidqfSource.open(builder.writeZip(dir))) {
            return ModuleRun.run(new PackagesModule(), source, indicators);
        }
    }

    @Test
    void readsEveryPackageWithItsFilesAndCertificate() throws Exception {
        ModuleRun.Result<AqfPackage> result = run(AndroidqfBuilder.create()
                .pkg(pkg("com.example.app", "com.android.vending", false, false, SHA, "CD".repeat(20)))
                .pkg(pkg("com.android.settings", null, true, false, "", "")), TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).hasSize(2);
        AqfPackage app = result.records().get(0);
        assertThat(app.name()).isEqualTo("com.example.app");
        assertThat(app.installer()).isEqualTo("com.android.vending");
        assertThat(app.uid()).isEqualTo(10123L);
        assertThat(app.thirdParty()).isTrue();
        assertThat(app.file()).isEqualTo("/androidqf/packages.json");
        assertThat(app.files()).singleElement().satisfies(f -> {
            assertThat(f.sha256()).isEqualTo(SHA);
            assertThat(f.certSha1()).isEqualTo("cd".repeat(20));
            assertThat(f.certMd5()).isNull();
        });
        assertThat(result.records().get(1).installer()).isNull();
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void reportsStalkerwareCriticalAndWatchwareMedium() throws Exception {
        ModuleRun.Result<AqfPackage> result = run(AndroidqfBuilder.create()
                .pkg(pkg(AndroidqfBuilder.STALKERWARE_PACKAGE, "com.android.vending", false, false, SHA,
                        AndroidqfBuilder.STALKERWARE_CERT_SHA1))
                .pkg(pkg(AndroidqfBuilder.WATCHWARE_PACKAGE, "com.android.vending", false, false, "", "")),
                EchapIndicators.of(ECHAP));

        assertThat(result.alerts()).extracting(Alert::level)
                .containsExactly(Level.CRITICAL, Level.CRITICAL, Level.MEDIUM);
        assertThat(result.alerts().get(0).message()).contains("com.thetruth").contains("TheTruthSpy");
        assertThat(result.alerts().get(1).message()).contains("certificate")
                .contains(AndroidqfBuilder.STALKERWARE_CERT_SHA1.toLowerCase(java.util.Locale.ROOT));
        assertThat(result.alerts().get(2).message()).contains("Qustodio").contains("watchware");
    }

    @Test
    void matchesApkSha256AsFileHash() throws Exception {
        ModuleRun.Result<AqfPackage> result = run(AndroidqfBuilder.create()
                .pkg(pkg("com.example.app", "com.android.vending", false, false, SHA, "")),
                TestIndicators.of().add(org.spyglass.core.ioc.IndicatorType.SHA256, SHA, "Predator").build());

        assertThat(result.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(Level.CRITICAL);
            assertThat(a.message()).contains("SHA-256").contains("Predator");
        });
    }

    @Test
    void flagsSideloadingStoresRootAppsAndDisabledSecurityPackages() throws Exception {
        ModuleRun.Result<AqfPackage> result = run(AndroidqfBuilder.create()
                .pkg(pkg("com.adb.app", null, false, false, "", ""))
                .pkg(pkg("com.apk.app", "com.google.android.packageinstaller", false, false, "", ""))
                .pkg(pkg("com.fdroid.app", "org.fdroid.fdroid", false, false, "", ""))
                .pkg(pkg("com.topjohnwu.magisk", "com.android.vending", false, false, "", ""))
                .pkg(pkg("com.samsung.android.securitylogagent", null, true, true, "", ""))
                .pkg(pkg("com.android.phone", null, true, false, "", "")), TestIndicators.none());

        assertThat(result.alerts()).extracting(a -> a.heuristic().id() + " " + a.level()).containsExactly(
                "android.aqf_packages.sideloaded MEDIUM",
                "android.aqf_packages.sideloaded MEDIUM",
                "android.aqf_packages.alternative-store INFORMATIONAL",
                "android.aqf_packages.root-app MEDIUM",
                "android.aqf_packages.disabled-security MEDIUM");
        assertThat(result.alerts().get(0).message()).contains("com.adb.app").contains("adb");
    }

    @Test
    void warnsAboutEntriesWithoutNameAndKeepsTheOthers() throws Exception {
        ModuleRun.Result<AqfPackage> result = run(AndroidqfBuilder.create()
                .packagesJson("[{\"name\": \"a.b\", \"system\": true}, {\"uid\": 3}, 7]"), TestIndicators.none());

        assertThat(result.records()).extracting(AqfPackage::name).containsExactly("a.b");
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).startsWith("2 package"));
    }

    @Test
    void warnsAboutBrokenJsonKeepingWhatWasRead() throws Exception {
        ModuleRun.Result<AqfPackage> result = run(AndroidqfBuilder.create()
                .packagesJson("[{\"name\": \"a.b\", \"system\": true}, {\"name\": "), TestIndicators.none());

        assertThat(result.records()).extracting(AqfPackage::name).containsExactly("a.b");
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("JSON"));
    }

    @Test
    void warnsWhenTheFileIsNotAnArray() throws Exception {
        ModuleRun.Result<AqfPackage> result = run(AndroidqfBuilder.create().packagesJson("{\"name\": \"a\"}"),
                TestIndicators.none());

        assertThat(result.records()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("array"));
    }
}
