package org.spyglass.ios.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostCandidatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "Library/WebKit/WebsiteData/LocalStorage/https_www.example.org_0.localstorage | www.example.org",
        "Library/WebKit/WebsiteData/IndexedDB/v1/https_Cdn.Example.COM_0                | cdn.example.com",
        "Library/Caches/http_192.168.1.10_8080                                          | 192.168.1.10",
        "Library/WebKit/WebsiteData/LocalStorage/https_xn--bcher-kva.example_0          | xn--bcher-kva.example",
        "Library/SMS/sms.db                                                             | none",
        "wifi_passwords.txt                                                             | none",
        "Library/Caches/snapshot_2021.07.18_image.png                                  | none",
        "Library/Preferences/group_data.plist                                          | none",
        "Documents/https_localhost_0                                                   | none",
        "Media/DCIM/100APPLE/IMG_0001.HEIC                                             | none",
        "Library/Caches/mirror_10.0.0.1.log                                            | none",
        "Library/Caches/https_evil.example.com_443/blob_1.sqlite3                     | evil.example.com"})
    void findsOnlyRealLookingHostsBetweenUnderscores(String path, String host) {
        if (host == null) {
            assertThat(HostCandidates.of(path)).isEmpty();
        } else {
            assertThat(HostCandidates.of(path)).containsExactly(host);
        }
    }

    @Test
    void findsWhatSplittingThePathFinds() {
        String alphabet = "ab.example.com.heic.1.10.255_/_/-XYZ0KİΣσ";
        Random random = new Random(8);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder path = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                path.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(HostCandidates.of(path.toString())).as(path.toString())
                    .containsExactlyElementsOf(bySplitting(path.toString()));
        }
    }

    /** The reading by String.split that HostCandidates.of replaced. */
    private static Set<String> bySplitting(String relativePath) {
        Set<String> hosts = new LinkedHashSet<>();
        if (relativePath.indexOf('_') < 0 || relativePath.indexOf('.') < 0) {
            return hosts;
        }
        for (String component : relativePath.toLowerCase(Locale.ROOT).split("/")) {
            if (component.indexOf('_') >= 0) {
                for (String piece : component.split("_")) {
                    if (HostCandidates.isHost(piece)) {
                        hosts.add(piece);
                    }
                }
            }
        }
        return hosts;
    }
}
