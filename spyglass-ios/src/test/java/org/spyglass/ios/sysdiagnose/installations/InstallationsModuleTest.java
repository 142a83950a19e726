package org.spyglass.ios.sysdiagnose.installations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.testing.ModuleRun;
import org.spyglass.core.testing.TestIndicators;
import org.spyglass.ios.sysdiagnose.SysdiagnoseSource;
import org.spyglass.ios.testing.SysdiagnoseBuilder;

class InstallationsModuleTest {
    private static final String LOG = "logs/MobileInstallation/mobile_installation.log.0";
    private static final String FILE = "/sysdiagnose/" + LOG;
    private static final String PREFIX = " [234] <notice> (0x16b48f000) ";
    private static final String DATA = "/private/var/mobile/Containers/Data/Application/7D8F45EA-CF9E-4074-910B";
    private static final String INSTALL = "Sat Mar  2 09:13:34 2024" + PREFIX
            + "-[MIInstaller _installInstallable:containingSymlink:error:]: Installing <MIInstallableBundle "
            + "ID=com.example.spy; Version=12,\n"
            + "    ShortVersion=1.2>\n"
            + "Sat Mar  2 09:13:35 2024" + PREFIX
            + "-[MIContainer makeContainerLiveReplacingContainer:reason:waitForDeletion:withError:]: Made container "
            + "live for com.example.spy at " + DATA + "\n"
            + "Sat Mar  2 09:13:36 2024" + PREFIX + "-[MIClientConnection _doInstall]: Install Successful for "
            + "(Placeholder:com.example.spy); Staging: 0.01s\n"
            + "Sat Mar  2 09:14:00 2024 [234] <err>: (0x16b48f000) -[MIClientConnection uninstall]: Uninstalling "
            + "identifier org.example.notes\n"
            + "Sat Mar  2 09:14:01 2024" + PREFIX + "-[MIContainer _destroy]: Destroying container with identifier "
            + "org.example.notes at /private/var/containers/Bundle/Application/9FE717E1\n"
            + "Sat Mar  2 09:14:02 2024" + PREFIX + "main: Reboot detected\n";
    private static final Indicators SPY = TestIndicators.of()
            .add(IndicatorType.APP_ID, "com.example.spy", "Stalkerware").build();

    @TempDir
    Path dir;

    private ModuleRun.Result<InstallationEvent> run(SysdiagnoseBuilder builder, Indicators indicators)
            throws Exception {
        try (SysdiagnoseSource source = SysdiagnoseSource.open(builder.writeTarGz(dir))) {
            return ModuleRun.run(new InstallationsModule(), source, indicators);
        }
    }

    private ModuleRun.Result<InstallationEvent> run(String log, Indicators indicators) throws Exception {
        return run(SysdiagnoseBuilder.create().file(LOG, log), indicators);
    }

    @Test
    void readsEveryInstallStepAndSkipsOtherEntriesSilently() throws Exception {
        ModuleRun.Result<InstallationEvent> result = run(INSTALL, TestIndicators.none());

        assertThat(result.warnings()).isEmpty();
        assertThat(result.records()).extracting(InstallationEvent::action).containsExactly(
                InstallAction.INSTALLING, InstallAction.CONTAINER_LIVE, InstallAction.INSTALL_SUCCESSFUL,
                InstallAction.UNINSTALLING, InstallAction.CONTAINER_DESTROYED);
        assertThat(result.records()).extracting(InstallationEvent::bundleId).containsExactly("com.example.spy",
                "com.example.spy", "com.example.spy", "org.example.notes", "org.example.notes");
    }

    @Test
    void readsLocalTimesInTheDeviceTimeZoneWithTheContainerPath() throws Exception {
        ModuleRun.Result<InstallationEvent> result = run(INSTALL, TestIndicators.none());

        assertThat(result.records().get(1)).isEqualTo(new InstallationEvent(Instant.parse("2024-03-02T08:13:35Z"),
                false, "com.example.spy", InstallAction.CONTAINER_LIVE, DATA, FILE));
    }

    @Test
    void readsTimesAsUtcAndSaysSoWhenTheTimeZoneIsUnknown() throws Exception {
        ModuleRun.Result<InstallationEvent> result = run(SysdiagnoseBuilder.create().name("renamed")
                .file(LOG, INSTALL), TestIndicators.none());

        assertThat(result.records().get(0).time()).isEqualTo(Instant.parse("2024-03-02T09:13:34Z"));
        assertThat(result.records()).allSatisfy(event -> assertThat(event.utcAssumed()).isTrue());
        assertThat(result.events().get(0).description()).contains("device time read as UTC");
    }

    @Test
    void keepsAnEntryOverSeveralLinesAsOne() throws Exception {
        ModuleRun.Result<InstallationEvent> result = run(INSTALL, TestIndicators.none());

        assertThat(result.records().get(0)).isEqualTo(new InstallationEvent(Instant.parse("2024-03-02T08:13:34Z"),
                false, "com.example.spy", InstallAction.INSTALLING, null, FILE));
        assertThat(result.records().get(1).time()).isEqualTo(Instant.parse("2024-03-02T08:13:35Z"));
    }

    @Test
    void putsEveryStepOnTheTimeline() throws Exception {
        ModuleRun.Result<InstallationEvent> result = run(INSTALL, TestIndicators.none());

        assertThat(result.events()).hasSize(5).allSatisfy(event -> assertThat(event.event())
                .isEqualTo("app_install_event"));
        assertThat(result.events().get(1)).isEqualTo(new TimelineEvent(Instant.parse("2024-03-02T08:13:35Z"),
                InstallationsModule.NAME, "app_install_event", "com.example.spy: container made live at " + DATA
                        + " (" + FILE + ")"));
    }

    @Test
    void matchesBundleIdsAgainstAppIdsAndProcessNamesOnly() throws Exception {
        Indicators indicators = TestIndicators.of().add(IndicatorType.APP_ID, "com.example.spy", "Stalkerware")
                .process("com.example.spy", "Pegasus").build();

        ModuleRun.Result<InstallationEvent> result = run(INSTALL, indicators);

        assertThat(result.alerts()).hasSize(3).allSatisfy(alert -> {
            assertThat(alert.level()).isEqualTo(Level.CRITICAL);
            assertThat(alert.matches()).hasSize(2);
            assertThat(alert.message()).contains("com.example.spy");
        });
        assertThat(result.alerts()).extracting(Alert::eventTime).containsExactly(
                Instant.parse("2024-03-02T08:13:34Z"), Instant.parse("2024-03-02T08:13:35Z"),
                Instant.parse("2024-03-02T08:13:36Z"));
    }

    @Test
    void raisesNothingForBundleIdsNoIndicatorNames() throws Exception {
        ModuleRun.Result<InstallationEvent> result = run(INSTALL.replace("com.example.spy", "com.example.mail"),
                SPY);

        assertThat(result.records()).hasSize(5);
        assertThat(result.alerts()).isEmpty();
    }

    @Test
    void countsLinesThatAreNoEntryInOneWarningPerFile() throws Exception {
        ModuleRun.Result<InstallationEvent> result = run("garbage before any entry\n" + INSTALL
                + "Sat Foo 99 25:00:00 2024 [1] <notice> broken\n", TestIndicators.none());

        assertThat(result.records()).hasSize(5);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).startsWith("2 line(s) were neither an entry").contains("line 1");
            assertThat(w.location()).isEqualTo(FILE);
        });
    }

    @Test
    void readsTheCurrentLogAndItsRotatedCopies() throws Exception {
        ModuleRun.Result<InstallationEvent> result = run(SysdiagnoseBuilder.create().file(LOG, INSTALL)
                .file("logs/MobileInstallation/mobile_installation.log", INSTALL), TestIndicators.none());

        assertThat(result.records()).hasSize(10);
    }
}
