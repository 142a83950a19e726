package org.spyglass.cli.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spyglass.core.ioc.IndicatorType.ANDROID_PROPERTY;
import static org.spyglass.core.ioc.IndicatorType.APP_CERT_HASH;
import static org.spyglass.core.ioc.IndicatorType.APP_ID;
import static org.spyglass.core.ioc.IndicatorType.DOMAIN;
import static org.spyglass.core.ioc.IndicatorType.EMAIL;
import static org.spyglass.core.ioc.IndicatorType.FILE_NAME;
import static org.spyglass.core.ioc.IndicatorType.FILE_PATH;
import static org.spyglass.core.ioc.IndicatorType.IPV4;
import static org.spyglass.core.ioc.IndicatorType.PROCESS;
import static org.spyglass.core.ioc.IndicatorType.PROFILE_ID;
import static org.spyglass.core.ioc.IndicatorType.SHA256;
import static org.spyglass.core.ioc.IndicatorType.URL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.load.FeedIndex;
import org.spyglass.core.ioc.load.LoadedFile;
import org.spyglass.core.ioc.load.PlainList;

/**
 * The bundled feeds, with counts computed once from the raw JSON/YAML/text files by a script and checked against the
 * field study (§1.3 gives line counts: the 2018 NSO CSV repeats 9 domains and 8 IPs in its 604 rows, and Vietnam's
 * sha256.txt lists one hash twice in its 15 lines).
 */
class BundledFeedsTest {
    private static final String INDIA = "India: Human Rights Defenders Targeted by a Coordinated Spyware Operation";
    private static final String VIETNAM = "Overview of Ocean Lotus Samples used to target Vietnamese Human Rights"
            + " Defenders";
    private static final String QATAR = "Fingerprinting Campaign Targeting Malcolm Bidali";
    private static final String DONOT = "Hackers-for-hire in West Africa: Activists in Togo Attacked with Indian-made"
            + " Spyware";
    private static ResolvedIndicators bundled;

    @BeforeAll
    static void loadBundled(@org.junit.jupiter.api.io.TempDir Path empty) {
        bundled = new FeedResolver(empty.resolve("none"), Map.of()).resolve(List.of(), true);
    }

    static Stream<Arguments> expectedCounts() {
        return Stream.of(
                Arguments.of("investigations/2021-07-18_nso/pegasus.stix2",
                        Map.of(DOMAIN, 1438, PROCESS, 81, EMAIL, 29, FILE_NAME, 1), List.of("Pegasus")),
                Arguments.of("investigations/2021-12-16_cytrox/cytrox.stix2",
                        Map.of(DOMAIN, 336, FILE_PATH, 6, PROFILE_ID, 1), List.of("Predator")),
                Arguments.of("investigations/2023-03-29_android_campaign/malware.stix2",
                        Map.of(DOMAIN, 2183, FILE_PATH, 1, ANDROID_PROPERTY, 3), List.of("MercenarySpywareCampaign")),
                Arguments.of("investigations/2024-05-02_wintego_helios/wintego_helios.stix2",
                        Map.of(DOMAIN, 175), List.of("Wintego Helios")),
                Arguments.of("investigations/2024-12-16_serbia_novispy/novispy.stix2",
                        Map.of(IPV4, 7, APP_ID, 4, APP_CERT_HASH, 3, SHA256, 4), List.of("NoviSpy")),
                Arguments.of("mvt-indicators/intellexa_predator/predator.stix2",
                        Map.of(DOMAIN, 569, FILE_PATH, 15, PROFILE_ID, 1), List.of("Predator")),
                Arguments.of("mvt-indicators/2022-06-23_rcs_lab/rcs.stix2",
                        Map.of(DOMAIN, 26, SHA256, 9, APP_ID, 5), List.of("RCSLab")),
                Arguments.of("mvt-indicators/2023-04-11_quadream/kingspawn.stix2",
                        Map.of(DOMAIN, 164, FILE_PATH, 2, PROCESS, 1), List.of("KingSpawn")),
                Arguments.of("mvt-indicators/2023-06_01_operation_triangulation/operation_triangulation.stix2",
                        Map.of(DOMAIN, 75, PROCESS, 1, EMAIL, 36), List.of("OperationTriangulation")),
                Arguments.of("mvt-indicators/2023-07-25_wyrmspy_dragonegg/wyrmspy_dragonegg.stix2",
                        Map.of(DOMAIN, 7, IPV4, 5, SHA256, 34, APP_ID, 7), List.of("WyrmSpy_DragonEgg")),
                Arguments.of("mvt-indicators/2024-12-25_eaglemsgspy/eaglemsgspy.stix2",
                        Map.of(DOMAIN, 13, IPV4, 13, SHA256, 25), List.of("EagleMsgSpy")),
                Arguments.of("mvt-indicators/2026-03-03_coruna_cryptowaters/coruna.stix2",
                        Map.of(DOMAIN, 176, URL, 1, SHA256, 20, FILE_PATH, 12, FILE_NAME, 7), List.of("Coruna")),
                Arguments.of("mvt-indicators/2026-03-30_darksword/darksword.stix2",
                        Map.of(DOMAIN, 10, IPV4, 3, FILE_PATH, 22, FILE_NAME, 7, SHA256, 1), List.of("DarkSword")),
                Arguments.of("mvt-indicators/ResidentBat/residentbat.stix2",
                        Map.of(IPV4, 24, APP_ID, 8, APP_CERT_HASH, 8, SHA256, 8), List.of("ResidentBat")),
                Arguments.of("mvt-indicators/candiru/candiru.stix2", Map.of(DOMAIN, 125), List.of("Candiru")),
                Arguments.of("mvt-indicators/cellebrite/cellebrite.stix2", Map.of(APP_ID, 1), List.of("Cellebrite")),
                Arguments.of("stalkerware-indicators/ioc.yaml",
                        Map.of(APP_ID, 612, APP_CERT_HASH, 471, DOMAIN, 1421, IPV4, 68), null),
                Arguments.of("stalkerware-indicators/watchware.yaml",
                        Map.of(APP_ID, 36, APP_CERT_HASH, 14, DOMAIN, 111, IPV4, 1), null),
                Arguments.of("stalkerware-indicators/samples.csv", Map.of(SHA256, 3228), null),
                plain("2018-08-01_nso/indicators.csv", Map.of(DOMAIN, 595, IPV4, 596), "2018-08-01 NSO"),
                plain("2018-12-19_best_practice/domains.txt", Map.of(DOMAIN, 216), "2018-12-19 Best Practice"),
                plain("2019-03-06_egypt_oauth/domains.txt", Map.of(DOMAIN, 34), "2019-03-06 Egypt OAuth"),
                plain("2019-03-06_egypt_oauth/emails.txt", Map.of(EMAIL, 5), "2019-03-06 Egypt OAuth"),
                plain("2019-08-16_evolving_phishing/domains.txt", Map.of(DOMAIN, 3), "2019-08-16 Evolving Phishing"),
                plain("2019-08-16_evolving_phishing/emails.txt", Map.of(EMAIL, 15), "2019-08-16 Evolving Phishing"),
                plain("2019-10-10_nso_morocco/domains.txt", Map.of(DOMAIN, 8), "2019-10-10 NSO Morocco"),
                plain("2020-03-12_uzbekistan/domains.txt", Map.of(DOMAIN, 71), "2020-03-12 Uzbekistan"),
                plain("2020-03-12_uzbekistan/ips.txt", Map.of(IPV4, 22), "2020-03-12 Uzbekistan"),
                plain("2020-03-12_uzbekistan/samples.txt", Map.of(SHA256, 3), "2020-03-12 Uzbekistan"),
                plain("2020-06-15_india/domains.txt", Map.of(DOMAIN, 3), INDIA),
                plain("2020-06-15_india/emails.txt", Map.of(EMAIL, 5), INDIA),
                plain("2020-06-15_india/ips.txt", Map.of(IPV4, 5), INDIA),
                plain("2020-06-15_india/sha256.txt", Map.of(SHA256, 12), INDIA),
                plain("2020-09-25_finfisher/domains.txt", Map.of(DOMAIN, 4), "2020-09-25 FinFisher"),
                plain("2020-09-25_finfisher/ips.txt", Map.of(IPV4, 6), "2020-09-25 FinFisher"),
                plain("2020-09-25_finfisher/sha256.csv", Map.of(SHA256, 12), "2020-09-25 FinFisher"),
                plain("2021-02-24_vietnam/indicators/domains.txt", Map.of(DOMAIN, 10), VIETNAM),
                plain("2021-02-24_vietnam/indicators/ips.txt", Map.of(IPV4, 6), VIETNAM),
                plain("2021-02-24_vietnam/indicators/sha256.txt", Map.of(SHA256, 14), VIETNAM),
                plain("2021-05-28_qatar/domains.txt", Map.of(DOMAIN, 3), QATAR),
                plain("2021-05-28_qatar/ips.txt", Map.of(IPV4, 3), QATAR),
                plain("2021-10-07_donot/domains.txt", Map.of(DOMAIN, 29), DONOT),
                plain("2021-10-07_donot/sha256.txt", Map.of(SHA256, 228), DONOT));
    }

    private static Arguments plain(String path, Map<IndicatorType, Integer> counts, String campaign) {
        return Arguments.of("investigations/" + path, counts, List.of(campaign));
    }

    @ParameterizedTest
    @MethodSource("expectedCounts")
    void loadsEveryBundledFileWithTheExpectedCountsAndNoWarning(String path, Map<IndicatorType, Integer> counts,
                                                                List<String> malware) {
        LoadedFile loaded = BundledFeeds.load(BundledFeeds.manifest().stream()
                .filter(e -> e.path().equals(path)).findFirst().orElseThrow());
        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.file().countsByType()).isEqualTo(counts);
        assertThat(loaded.file().path()).isEqualTo("bundled:" + path);
        if (malware != null) {
            assertThat(loaded.file().malware()).isEqualTo(malware);
        }
    }

    @Test
    void manifestListsEveryExpectedFile() {
        assertThat(BundledFeeds.manifest()).extracting(BundledFeeds.Entry::path)
                .containsExactlyInAnyOrderElementsOf(expectedCounts().map(a -> (String) a.get()[0]).toList());
    }

    @Test
    void loadsTheWholeBundledSetWithTheExpectedTotals() {
        Indicators set = bundled.indicators();
        assertThat(bundled.warnings()).isEmpty();
        assertThat(set.files()).hasSize(43);
        assertThat(set.countsByType()).isEqualTo(Map.ofEntries(
                Map.entry(DOMAIN, 6865), Map.entry(IPV4, 759), Map.entry(URL, 1), Map.entry(EMAIL, 90),
                Map.entry(PROCESS, 83), Map.entry(FILE_NAME, 15), Map.entry(FILE_PATH, 52), Map.entry(SHA256, 3598),
                Map.entry(APP_ID, 670), Map.entry(APP_CERT_HASH, 495), Map.entry(PROFILE_ID, 1),
                Map.entry(ANDROID_PROPERTY, 3)));
        assertThat(set.size()).isEqualTo(12632);
        assertThat(set.files()).extracting(FeedFile::total).doesNotContainNull();
    }

    @Test
    void mergesADomainOfCytroxAndPredatorWithBothProvenances() {
        List<IndicatorMatch> matches = bundled.indicators().matchHost("2y4nothing.xyz");
        assertThat(matches).singleElement().satisfies(m -> assertThat(m.indicator().provenance())
                .extracting(Provenance::file, Provenance::malware)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bundled:investigations/2021-12-16_cytrox/cytrox.stix2",
                                "Predator"),
                        org.assertj.core.groups.Tuple.tuple("bundled:mvt-indicators/intellexa_predator/predator.stix2",
                                "Predator")));
    }

    @Test
    void mergesAMoroccoListDomainWithPegasusKeepingTheStixSourceFirst() {
        List<IndicatorMatch> matches = bundled.indicators().matchHost("free247downloads.com");
        assertThat(matches).singleElement().satisfies(m -> assertThat(m.indicator().provenance())
                .extracting(Provenance::file, Provenance::malware, Provenance::indicatorId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bundled:investigations/2021-07-18_nso/pegasus.stix2",
                                "Pegasus", "indicator--6eac23a0-aff3-41a2-8c27-39a931857e44"),
                        org.assertj.core.groups.Tuple.tuple("bundled:investigations/2019-10-10_nso_morocco/domains.txt",
                                "2019-10-10 NSO Morocco", null)));
    }

    @Test
    void leavesTheGenericDynamicDnsProviderOutButMatchesTheListedHost() {
        assertThat(bundled.indicators().matchHost("someone.dynamic-dns.net")).isEmpty();
        assertThat(bundled.indicators().matchHost("access.dynamic-dns.net")).singleElement()
                .satisfies(m -> assertThat(m.indicator().provenance()).extracting(Provenance::malware)
                        .containsExactly("2018-08-01 NSO"));
    }

    @Test
    void keepsTheAppOfEchapSampleHashesAsStalkerware() {
        List<IndicatorMatch> matches = bundled.indicators()
                .matchFileHash("2F3BC9EBE8C249F0416F5B0367F34B4B8F6AAA7D351DC5B4912FE2558491B6B7");
        assertThat(matches).singleElement().satisfies(m -> assertThat(m.indicator().provenance())
                .extracting(Provenance::file, Provenance::malware, Provenance::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bundled:stalkerware-indicators/samples.csv",
                        "1TopSpy", "stalkerware")));
    }

    @Test
    void readsTheManifestOptionsOfAPlainList() {
        assertThat(BundledFeeds.entry("a/ips.txt\tFeed\ttype=IPv4\tcampaign= Camp \tcategory=stalkerware"))
                .isEqualTo(new BundledFeeds.Entry("a/ips.txt", "Feed", PlainList.values(IPV4, "Camp", "stalkerware")));
        assertThat(BundledFeeds.entry("a/x.csv\tFeed\tformat=csv"))
                .isEqualTo(new BundledFeeds.Entry("a/x.csv", "Feed", PlainList.csv(null, null)));
        assertThat(BundledFeeds.entry("a/x.stix2\tFeed")).isEqualTo(new BundledFeeds.Entry("a/x.stix2", "Feed", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/x.txt", "a/x.txt\tFeed\ttype=colour", "a/x.txt\tFeed\ttype=domain\tformat=csv",
        "a/x.txt\tFeed\tformat=tsv", "a/x.txt\tFeed\tcampaign=C", "a/x.txt\tFeed\ttype=domain\tcolour=red",
        "a/x.txt\tFeed\ttype=domain\ttype=email", "a/x.txt\tFeed\tdomain"})
    void refusesABadManifestLine(String line) {
        assertThatThrownBy(() -> BundledFeeds.entry(line)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Bad line in the bundled feeds.txt (");
    }

    @Test
    void recognisesNoviSpyIpsWrittenAsDomainNames() {
        List<IndicatorMatch> matches = bundled.indicators().matchUrl("http://" + firstNoviSpyIp() + ":8080/x");
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.indicator().type()).isEqualTo(IPV4);
            assertThat(m.indicator().provenance().get(0).malware()).isEqualTo("NoviSpy");
        });
    }

    private static String firstNoviSpyIp() {
        LoadedFile novispy = BundledFeeds.load(new BundledFeeds.Entry(
                "investigations/2024-12-16_serbia_novispy/novispy.stix2", "NoviSpy", null));
        return novispy.entries().stream().filter(e -> e.type() == IPV4).findFirst().orElseThrow().value();
    }

    @Test
    void keepsWatchwareCategoryInProvenance() {
        List<IndicatorMatch> matches = bundled.indicators().matchAppId("org.findmykids.app");
        assertThat(matches).isNotEmpty();
        assertThat(matches.get(0).indicator().provenance()).extracting(Provenance::category).contains("watchware");
        assertThat(bundled.indicators().matchAppId("com.thetruth").get(0).indicator().provenance().get(0).category())
                .isEqualTo("stalkerware");
    }

    @Test
    void shipsTheDefaultFeedIndex() throws IOException {
        try (InputStream in = BundledFeeds.open(BundledFeeds.DEFAULT_INDEX)) {
            FeedIndex index = FeedIndex.parse("bundled index", in.readAllBytes(), FeedIndex.GITHUB_RAW_BASE);
            assertThat(index.feeds()).hasSize(15);
            assertThat(index.warnings()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"investigations/PROVENANCE.txt", "investigations/README.md", "mvt-indicators/LICENSE",
        "mvt-indicators/PROVENANCE.txt", "mvt-indicators/README.md", "stalkerware-indicators/PROVENANCE.txt",
        "stalkerware-indicators/README.md", "investigations/2020-06-15_india/README.md",
        "investigations/2020-09-25_finfisher/README.md", "investigations/2021-02-24_vietnam/README.md",
        "investigations/2021-02-24_vietnam/indicators/README.md", "investigations/2021-05-28_qatar/README.md",
        "investigations/2021-10-07_donot/README.md"})
    void shipsProvenanceAndLicenceTexts(String path) throws IOException {
        try (InputStream in = BundledFeeds.open(path)) {
            assertThat(in.readAllBytes()).isNotEmpty();
        }
    }
}
