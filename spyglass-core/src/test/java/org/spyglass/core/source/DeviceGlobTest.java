package org.spyglass.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DeviceGlobTest {

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource({
            "/private/var/mobile/Library/SMS/sms.db, /private/var/mobile/Library/SMS/sms.db, true",
            "/private/var/mobile/Library/SMS/sms.db, /private/var/mobile/Library/SMS/sms.db-wal, false",
            "/a/*/History.db, /a/Profiles/History.db, true",
            "/a/*/History.db, /a/Profiles/x/History.db, false",
            "/a/*/History.db, /a//History.db, true",
            "/a/**/History.db, /a/History.db, true",
            "/a/**/History.db, /a/b/c/History.db, true",
            "/a/**, /a/b/c, true",
            "/a/**, /b/a, false",
            "/a/*.db, /a/x.db, true",
            "/a/*.db, /a/xdb, false",
            "/a/(x).db, /a/(x).db, true",
            "/a/[x].db, /a/x.db, false",
            "/a/x?.db, /a/xy.db, false",
            "/a/**/b, /a/b, true",
            "/a/*/History.db, /a/b/History.dbx, false",
            "/a/*/History.db, /b/c/History.db, false",
            "/a/*/b/*.db, /a/x/c/y.db, false",
            "/a/*/b/*.db, /a/x/b/y.db, true",
            "/a/*x, /a/x, true",
    })
    void matchesStarWithinAComponentAndDoubleStarAcross(String glob, String path, boolean expected) {
        assertThat(DeviceGlob.compile(glob).matches(path)).isEqualTo(expected);
    }

    @Test
    void exposesTheLiteralPrefixBeforeTheFirstWildcard() {
        assertThat(DeviceGlob.compile("/private/var/mobile/Library/Safari/Profiles/*/History.db").literalPrefix())
                .isEqualTo("/private/var/mobile/Library/Safari/Profiles/");
        assertThat(DeviceGlob.compile("/a/b").isLiteral()).isTrue();
        assertThat(DeviceGlob.compile("/a/*").isLiteral()).isFalse();
    }

    @Test
    void refusesRelativeGlobs() {
        assertThatThrownBy(() -> DeviceGlob.compile("private/var/*")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchesNothingForNull() {
        assertThat(DeviceGlob.compile("/**").matches(null)).isFalse();
    }
}
