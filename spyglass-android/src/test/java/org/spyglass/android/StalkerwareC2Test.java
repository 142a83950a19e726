package org.spyglass.android;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.android.ab.AndroidBackupSource;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.androidqf.settings.AqfSetting;
import org.spyglass.android.androidqf.settings.SettingsModule;
import org.spyglass.android.sms.AndroidSmsMessage;
import org.spyglass.android.sms.AndroidSmsModule;
import org.spyglass.android.testing.AndroidBackupBuilder;
import org.spyglass.android.testing.AndroidqfBuilder;
import org.spyglass.android.testing.EchapIndicators;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.testing.ModuleRun;

/**
 * The C2 servers of ECHAP's stalkerware feed ({@code c2.domains}, {@code c2.ips}) are loaded as domains and IPs and
 * matched against the Android records that carry addresses: SMS links and settings naming a host; watchware C2s are
 * reported at MEDIUM, stalkerware C2s at CRITICAL.
 */
class StalkerwareC2Test {
    private static final Indicators FEED = EchapIndicators.of("""
            - name: SpyHide
              type: stalkerware
              packages: [com.spyhide]
              c2:
                domains: [client.spyhide.com]
                ips: [69.64.74.239]
            - name: FamilyWatch
              type: watchware
              packages: [com.family.watch]
              c2:
                domains: [api.familywatch.example]
            """);

    @TempDir
    Path dir;

    @Test
    void loadsTheC2DomainsAndIpsOfBothLists() {
        assertThat(FEED.countsByType()).containsEntry(IndicatorType.DOMAIN, 2).containsEntry(IndicatorType.IPV4, 1);
        assertThat(FEED.matchHost("eu.client.spyhide.com")).singleElement().satisfies(m ->
                assertThat(m.indicator().provenance()).anySatisfy(p -> assertThat(p.category())
                        .isEqualTo("stalkerware")));
        assertThat(FEED.matchIp("69.64.74.239")).hasSize(1);
    }

    private ModuleRun.Result<AndroidSmsMessage> sms(String body) throws Exception {
        Path ab = AndroidBackupBuilder.in(dir).sms(List.of(AndroidBackupBuilder.sms("+15550142", body,
                Instant.parse("2024-01-02T03:04:05Z").toEpochMilli(), 0, 1)))
                .writeAb("backup.ab", AndroidBackupBuilder.Variant.COMPRESSED);
        try (AndroidBackupSource source = AndroidBackupSource.open(ab, header -> {
            throw new AssertionError("not encrypted");
        })) {
            return ModuleRun.run(new AndroidSmsModule(), source, FEED);
        }
    }

    @ParameterizedTest
    @CsvSource({"https://client.spyhide.com/panel, CRITICAL, SpyHide",
        "https://api.familywatch.example/pair?c=1, MEDIUM, watchware"})
    void matchesSmsLinksAgainstC2DomainsWatchwareLower(String link, Level level, String named) throws Exception {
        ModuleRun.Result<AndroidSmsMessage> result = sms("Open " + link + " now");

        assertThat(result.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(level);
            assertThat(a.message()).contains(link).contains(named);
        });
        assertThat(result.urls()).extracting(UrlRecord::url).containsExactly(link);
    }

    private ModuleRun.Result<AqfSetting> settings(String... keyValues) throws Exception {
        try (AndroidqfSource source = AndroidqfSource.open(AndroidqfBuilder.create().settings("global", keyValues)
                .writeFolder(dir))) {
            return ModuleRun.run(new SettingsModule(), source, FEED);
        }
    }

    @ParameterizedTest
    @CsvSource({"private_dns_specifier, dns.client.spyhide.com, CRITICAL",
        "http_proxy, 69.64.74.239:8080, CRITICAL",
        "global_http_proxy_host, api.familywatch.example, MEDIUM",
        "some_url, https://client.spyhide.com/sync, CRITICAL"})
    void matchesHostsAndLinksInSettingsAgainstC2(String key, String value, Level level) throws Exception {
        ModuleRun.Result<AqfSetting> result = settings(key, value, "private_dns_specifier_unrelated", "x");

        assertThat(result.alerts()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(level);
            assertThat(a.message()).contains(key + " = \"" + value + "\"");
        });
        assertThat(result.urls()).singleElement().satisfies(u -> assertThat(u.source())
                .isEqualTo(SettingsModule.URL_SOURCE));
    }

    @Test
    void leavesSettingsWithoutAddressesAndUnknownHostsAlone() throws Exception {
        ModuleRun.Result<AqfSetting> result = settings("private_dns_specifier", "dns.google", "http_proxy", "null",
                "adb_enabled", "1");

        assertThat(result.alerts()).isEmpty();
        assertThat(result.urls()).extracting(UrlRecord::url).containsExactly("dns.google");
    }
}
