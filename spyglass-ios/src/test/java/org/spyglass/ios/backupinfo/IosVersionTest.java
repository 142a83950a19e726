package org.spyglass.ios.backupinfo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IosVersionTest {

    @ParameterizedTest
    @CsvSource({"14.10, 14.9, 1", "9.3.5, 14.8, -1", "18, 18.0, 0", "18.0.0, 18, 0", "16.7.11, 16.7.8, 1",
        "26.0.1, 26.1, -1"})
    void comparesNumberByNumberNotAsText(String left, String right, int sign) {
        IosVersion a = IosVersion.parse(left).orElseThrow();
        IosVersion b = IosVersion.parse(right).orElseThrow();

        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(sign);
        assertThat(a.equals(b)).isEqualTo(sign == 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "15.0b3", "fourteen", "14..1", "-1", "14.8.1.2.3"})
    void refusesWhatIsNotAReleaseVersion(String text) {
        assertThat(IosVersion.parse(text)).isEmpty();
    }

    @Test
    void printsAWholeMajorWithItsMinor() {
        assertThat(IosVersion.parse("18").orElseThrow()).hasToString("18.0");
        assertThat(IosVersion.parse("14.8.1").orElseThrow()).hasToString("14.8.1");
        assertThat(IosVersion.parse("14.8.1").orElseThrow().major()).isEqualTo(14);
    }

    @Test
    void knowsEveryMajorFromTwelveToTwentySixInVersionAndDateOrder() {
        IosReleases releases = IosReleases.known();
        for (String major : new String[] {"12", "13", "14", "15", "16", "17", "18", "26"}) {
            assertThat(releases.release(IosVersion.parse(major).orElseThrow())).as(major).isPresent();
        }
        assertThat(releases.all()).allSatisfy(r -> assertThat(r.released()).isBeforeOrEqualTo(
                IosReleases.KNOWN_UNTIL));
        assertThat(releases.newestAt(IosReleases.KNOWN_UNTIL).orElseThrow().version())
                .isEqualTo(IosVersion.parse("26.2").orElseThrow());
        assertThat(releases.all()).extracting(IosRelease::build).doesNotHaveDuplicates();
    }
}
