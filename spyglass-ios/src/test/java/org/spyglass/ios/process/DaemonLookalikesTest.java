package org.spyglass.ios.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.Level;
import org.spyglass.core.module.Heuristic;

class DaemonLookalikesTest {

    @Test
    void tableHoldsTheEightyOnePegasusNamesAndEveryTwinIsAGenuineDaemon() {
        assertThat(DaemonLookalikes.spywareNames()).hasSize(81).contains("bh", "roleaccountd", "launchafd");
        assertThat(DaemonLookalikes.twins()).containsEntry("aggregatenotd", "aggregated")
                .containsEntry("ckkeyrollfd", "ckkeyrolld").containsEntry("launchafd", "launchd")
                .doesNotContainKeys("bh", "roleaccountd");
        assertThat(DaemonLookalikes.spywareNames()).containsAll(DaemonLookalikes.twins().keySet());
        assertThat(DaemonLookalikes.twins().values()).allMatch(DaemonLookalikes::isGenuineDaemon);
    }

    @Test
    void genuineListHasNoDuplicatesAndNoPegasusName() {
        assertThat(new HashSet<>(DaemonLookalikes.genuineNames())).hasSameSizeAs(DaemonLookalikes.genuineNames());
        assertThat(DaemonLookalikes.genuineNames()).doesNotContainAnyElementsOf(DaemonLookalikes.spywareNames());
    }

    @ParameterizedTest
    @CsvSource({"launchafd, launchd, 2", "aggregatenotd, aggregated, 3", "ckkeyrollfd, ckkeyrolld, 1",
        "ABSCarryLog, ASPCarryLog, 2", "CommsCenterRootHelper, CommCenterRootHelper, 1",
        "com.apple.Mappit.SnapshotService, com.apple.MapKit.SnapshotService, 1"})
    void namesTheTwinOfAPegasusNameFromTheTable(String name, String daemon, int distance) {
        assertThat(DaemonLookalikes.find(name))
                .contains(new Lookalike(name, daemon, distance, Lookalike.Basis.PEGASUS_TWIN));
    }

    @Test
    void findsAPegasusNameWithoutTwinByItsSpelling() {
        assertThat(DaemonLookalikes.find("fnotifyd"))
                .contains(new Lookalike("fnotifyd", "notifyd", 1, Lookalike.Basis.PEGASUS_NAME));
    }

    @ParameterizedTest
    @CsvSource({"imagentd, imagent, 1", "locationdd, locationd, 1", "mediaservred, mediaserverd, 1",
        "identityservicesdd, identityservicesd, 1", "Springboard, SpringBoard, 1", "lockdwnd, lockdownd, 1",
        "nsurlsesiond, nsurlsessiond, 1", "mediasrvrd, mediaserverd, 2"})
    void flagsAnUnknownNameSpelledAlmostLikeAGenuineDaemon(String name, String daemon, int distance) {
        assertThat(DaemonLookalikes.find(name))
                .contains(new Lookalike(name, daemon, distance, Lookalike.Basis.SPELLING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"launchd", "aggregated", "imagent", "CommCenterRootHelper", "bh", "roleaccountd",
        "pcsd", "apsdd", "Weather", "WhatsApp", "MobileSlideShow", "Health", "notifyd2", "wifip3pd",
        "launchrexd", "com.apple.WebKit.Networking", "identityservices"})
    void leavesGenuineShortDistantAndDigitOnlyVariantsAlone(String name) {
        assertThat(DaemonLookalikes.find(name)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "/usr/libexec/"})
    void answersNothingForAMissingName(String name) {
        assertThat(DaemonLookalikes.find(name)).isEmpty();
        assertThat(DaemonLookalikes.isGenuineDaemon(name)).isFalse();
    }

    @Test
    void judgesThePathsLastComponent() {
        assertThat(DaemonLookalikes.find("/private/var/db/com.apple.xpc.roleaccountd.staging/launchafd"))
                .map(Lookalike::daemon).contains("launchd");
        assertThat(DaemonLookalikes.isGenuineDaemon("/usr/libexec/locationd")).isTrue();
    }

    @Test
    void takesATruncatedGenuineNameForTheGenuineOne() {
        assertThat(DaemonLookalikes.isGenuineDaemon("identityservices")).isTrue();
        assertThat(DaemonLookalikes.isGenuineDaemon("identityservice")).isTrue();
        assertThat(DaemonLookalikes.isGenuineDaemon("identityserv")).isFalse();
    }

    @Test
    void describesTheResemblanceForAnAlert() {
        assertThat(DaemonLookalikes.find("launchafd").orElseThrow().describe())
                .isEqualTo("imitates the iOS daemon \"launchd\" (2 characters differ; a Pegasus process name)");
        assertThat(DaemonLookalikes.find("imagentd").orElseThrow().describe())
                .isEqualTo("is spelled almost like the iOS daemon \"imagent\" (1 character differs)");
    }

    @ParameterizedTest
    @CsvSource({"kitten, sitting, 9, 3", "abcd, abdc, 9, 1", "launchd, launchd, 2, 0", "abcdefgh, hgfedcba, 2, 3",
        "short, muchlongername, 2, 3", "ab, '', 2, 2", "abcdefghij, bacdefghji, 2, 2", "abcdefghij, abcdefghij, 2, 0",
        "abcdefghij, xbcdefghiy, 1, 2", "launchafd, launchd, 2, 2"})
    void measuresEditDistanceWithSwapsAndStopsAtTheLimit(String a, String b, int limit, int expected) {
        assertThat(DaemonLookalikes.distance(a, b, limit)).isEqualTo(expected);
    }

    @Test
    void measuresWhatTheFullTableMeasuresUpToTheLimit() {
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 20_000; i++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : mutated(a, random);
            int limit = random.nextInt(4);
            assertThat(DaemonLookalikes.distance(a, b, limit)).as(a + " / " + b + " within " + limit)
                    .isEqualTo(Math.min(fullDistance(a, b), limit + 1));
        }
    }

    @Test
    void boundsTheEditDistanceByLeftOverLettersAndLeavesTheCountsAsTheyWere() {
        SplittableRandom random = new SplittableRandom(10);
        for (int i = 0; i < 20_000; i++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : mutated(a, random);
            int[] counts = DaemonLookalikes.letterCounts(a);
            assertThat(DaemonLookalikes.lettersApart(counts, a, b)).as(a + " / " + b)
                    .isLessThanOrEqualTo(2 * fullDistance(a, b));
            assertThat(counts).isEqualTo(DaemonLookalikes.letterCounts(a));
            assertThat(Long.bitCount(DaemonLookalikes.letterMask(a) ^ DaemonLookalikes.letterMask(b)))
                    .as(a + " / " + b).isLessThanOrEqualTo(DaemonLookalikes.lettersApart(counts, a, b));
        }
        assertThat(DaemonLookalikes.lettersApart(DaemonLookalikes.letterCounts("abc"), "abc", "ab\u00e9")).isEqualTo(2);
        assertThat(DaemonLookalikes.letterCounts("d\u00e9mon")).isNull();
    }

    private static String randomWord(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        for (int length = random.nextInt(12); word.length() < length; ) {
            word.append("abcd!".charAt(random.nextInt(5)));
        }
        return word.toString();
    }

    private static String mutated(String word, SplittableRandom random) {
        StringBuilder changed = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0; edits--) {
            int at = changed.isEmpty() ? 0 : random.nextInt(changed.length());
            switch (random.nextInt(3)) {
                case 0 -> changed.insert(at, 'x');
                case 1 -> {
                    if (!changed.isEmpty()) {
                        changed.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at + 1 < changed.length()) {
                        char c = changed.charAt(at);
                        changed.setCharAt(at, changed.charAt(at + 1));
                        changed.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return changed.toString();
    }

    /** The optimal-string-alignment distance over the whole table, as the textbook writes it. */
    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void buildsAModulesHeuristicAtMediumWithTheSharedExplanation() {
        Heuristic heuristic = DaemonLookalikes.heuristic("ios.example.daemon-lookalike");
        assertThat(heuristic.id()).isEqualTo("ios.example.daemon-lookalike");
        assertThat(heuristic.level()).isEqualTo(Level.MEDIUM);
        assertThat(heuristic.explanation()).contains("launchafd").contains("not proof");
    }

    @ParameterizedTest
    @CsvSource({"mediaserverd2, mediaserverd, true", "1a2b3, ab, true", "123, '', true", "ab, ab, true",
        "abc, ab, false", "ab, abc, false", "a1b, ba, false", "x9, y9, false"})
    void comparesNamesWithTheirDigitsLeftOut(String a, String b, boolean same) {
        assertThat(DaemonLookalikes.sameWithoutDigits(a, b)).isEqualTo(same);
        assertThat(DaemonLookalikes.sameWithoutDigits(b, a)).isEqualTo(same);
    }
}
