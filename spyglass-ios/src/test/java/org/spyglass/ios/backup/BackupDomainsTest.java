package org.spyglass.ios.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupDomainsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "HomeDomain, /private/var/mobile",
            "RootDomain, /private/var/root",
            "WirelessDomain, /private/var/wireless",
            "ManagedPreferencesDomain, /private/var/Managed Preferences",
            "MediaDomain, /private/var/mobile",
            "CameraRollDomain, /private/var/mobile",
            "KeychainDomain, /private/var/Keychains",
            "SystemPreferencesDomain, /private/var/preferences",
            "DatabaseDomain, /private/var/db",
            "MobileDeviceDomain, /private/var/MobileDevice",
            "InstallDomain, /private/var/installd",
            "TonesDomain, /private/var/mobile",
            "HealthDomain, /private/var/mobile/Library",
            "KeyboardDomain, /private/var/mobile",
            "ProtectedDomain, /private/var/protected",
            "NetworkDomain, /private/var/networkd",
            "BooksDomain, /private/var/mobile/Media/Books",
            "AppDomain-net.whatsapp.WhatsApp, /private/var/mobile/Containers/Data/Application/net.whatsapp.WhatsApp",
            "AppDomainGroup-group.net.whatsapp.WhatsApp.shared, "
                    + "/private/var/mobile/Containers/Shared/AppGroup/group.net.whatsapp.WhatsApp.shared",
            "AppDomainPlugin-com.apple.x.widget, /private/var/mobile/Containers/Data/PluginKitPlugin/com.apple.x.widget",
            "SysContainerDomain-com.apple.y, /private/var/containers/Data/System/com.apple.y",
            "SysSharedContainerDomain-systemgroup.com.apple.configurationprofiles, "
                    + "/private/var/containers/Shared/SystemGroup/systemgroup.com.apple.configurationprofiles",
    })
    void mapsEveryKnownDomainToItsDeviceRoot(String domain, String root) {
        assertThat(BackupDomains.root(domain)).isEqualTo(root);
        assertThat(BackupDomains.isKnown(domain)).isTrue();
    }

    @Test
    void joinsTheRelativePathToTheRoot() {
        assertThat(BackupDomains.devicePath("HomeDomain", "Library/SMS/sms.db"))
                .isEqualTo("/private/var/mobile/Library/SMS/sms.db");
        assertThat(BackupDomains.devicePath("WirelessDomain", "")).isEqualTo("/private/var/wireless");
    }

    @Test
    void placesUnknownDomainsUnderAPathNoDeviceHas() {
        assertThat(BackupDomains.devicePath("FutureDomain", "a/b"))
                .isEqualTo("/unknown-backup-domain/FutureDomain/a/b");
        assertThat(BackupDomains.isKnown("FutureDomain")).isFalse();
    }

    @Test
    void neverLetsAnIdentifierClimbOutOfItsRoot() {
        assertThat(BackupDomains.root("AppDomain-..")).isEqualTo("/unknown-backup-domain/AppDomain-..");
        assertThat(BackupDomains.root("AppDomain-a/b")).isEqualTo("/unknown-backup-domain/_");
        assertThat(BackupDomains.root("AppDomain-")).isEqualTo("/unknown-backup-domain/AppDomain-");
    }

    @Test
    void computesTheBackupFileId() {
        assertThat(BackupFileIds.of("HomeDomain", "Library/SMS/sms.db"))
                .isEqualTo("3d0d7e5fb2ce288813306e4d4636395e047a3d28");
        assertThat(BackupFileIds.of("WirelessDomain", "Library/Databases/DataUsage.sqlite"))
                .isEqualTo("0d609c54856a9bb2d56729df1d68f2958a88426b");
        assertThat(BackupFileIds.storagePath("3d0d7e5fb2ce288813306e4d4636395e047a3d28"))
                .isEqualTo("3d/3d0d7e5fb2ce288813306e4d4636395e047a3d28");
        assertThat(BackupFileIds.isValid("../../etc/passwd")).isFalse();
    }
}
