package org.spyglass.cli.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.StixBundleBuilder;
import org.spyglass.core.module.Warning;

class FeedResolverTest {
    @TempDir
    Path dir;

    private Path bundle(String relative, String domain) {
        return new StixBundleBuilder().malware("malware--1", "M-" + domain)
                .indicator("indicator--" + domain, "[domain-name:value = '" + domain + "']")
                .indicates("indicator--" + domain, "malware--1")
                .writeTo(dir.resolve(relative));
    }

    private FeedResolver resolver(Map<String, String> env) {
        return new FeedResolver(dir.resolve("data"), env);
    }

    @Test
    void usesXdgDataHomeElseHome() {
        assertThat(FeedResolver.defaultDataFolder(Map.of("XDG_DATA_HOME", "/xdg", "HOME", "/home/u")))
                .isEqualTo(Path.of("/xdg/spyglass/indicators"));
        assertThat(FeedResolver.defaultDataFolder(Map.of("HOME", "/home/u")))
                .isEqualTo(Path.of("/home/u/.local/share/spyglass/indicators"));
    }

    @Test
    void loadsIocsFilesAndFoldersRecursively() {
        Path file = bundle("one.stix2", "one.com");
        bundle("folder/a/two.stix2", "two.com");
        bundle("folder/b/three.json", "three.com");
        ResolvedIndicators resolved = resolver(Map.of()).resolve(List.of(file, dir.resolve("folder")), false);

        assertThat(resolved.warnings()).isEmpty();
        assertThat(resolved.indicators().size()).isEqualTo(3);
        assertThat(resolved.indicators().files()).extracting(FeedFile::feed).containsOnly("--iocs");
        assertThat(resolved.indicators().matchHost("x.two.com")).singleElement()
                .satisfies(m -> assertThat(m.indicator().provenance().get(0).file())
                        .isEqualTo(dir.resolve("folder/a/two.stix2").toString()));
    }

    @Test
    void loadsEchapYamlFromAFolderAndSkipsFeedIndexesAndHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("folder"));
        Files.writeString(dir.resolve("folder/ioc.yaml"), "- name: Spy\n  type: stalkerware\n  packages: [com.spy]\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("folder/indicators.yaml"), "indicators: []\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("folder/.hidden.json"), "garbage", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("folder/notes.txt"), "evil.com", StandardCharsets.UTF_8);
        ResolvedIndicators resolved = resolver(Map.of()).resolve(List.of(dir.resolve("folder")), false);

        assertThat(resolved.warnings()).isEmpty();
        assertThat(resolved.indicators().matchAppId("com.spy")).hasSize(1);
        assertThat(resolved.indicators().size()).isEqualTo(1);
    }

    @Test
    void stopsOnABadFileNamedByTheUser() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.stix2"), "{not json", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> resolver(Map.of()).resolve(List.of(bad), false))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_ERROR))
                .hasMessageContaining(bad.toString());
    }

    @Test
    void stopsOnAMissingPathNamedByTheUser() {
        assertThatThrownBy(() -> resolver(Map.of()).resolve(List.of(dir.resolve("missing.stix2")), false))
                .isInstanceOf(SpyglassException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> resolver(Map.of("MVT_STIX2", dir.resolve("gone").toString()))
                .resolve(List.of(), false))
                .isInstanceOf(SpyglassException.class).hasMessageContaining("MVT_STIX2");
    }

    @Test
    void stopsOnAFolderWithoutIndicatorFiles() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> resolver(Map.of()).resolve(List.of(dir.resolve("empty")), false))
                .isInstanceOf(SpyglassException.class).hasMessageContaining("holds no indicator file");
    }

    @Test
    void mergesTheFilesOfAFolderInNameOrderWithTheirWarningsInTheSameOrder() throws IOException {
        for (int i = 0; i < 12; i++) {
            bundle("folder/f" + (char) ('a' + i) + ".stix2", "d" + i + ".com");
            if (i % 4 == 1) {
                Files.writeString(dir.resolve("folder/f" + (char) ('a' + i) + "-bad.stix2"), "{not json",
                        StandardCharsets.UTF_8);
            }
        }
        ResolvedIndicators resolved = resolver(Map.of()).resolve(List.of(dir.resolve("folder")), false);

        assertThat(resolved.indicators().files()).extracting(FeedFile::path).containsExactlyElementsOf(
                IntStream.range(0, 12)
                        .mapToObj(i -> dir.resolve("folder/f" + (char) ('a' + i) + ".stix2").toString()).toList());
        assertThat(resolved.indicators().matchHost("d11.com")).hasSize(1);
        assertThat(resolved.warnings()).extracting(Warning::location).containsExactly(
                dir.resolve("folder/fb-bad.stix2").toString(), dir.resolve("folder/ff-bad.stix2").toString(),
                dir.resolve("folder/fj-bad.stix2").toString());
    }

    @Test
    void warnsAndGoesOnForABadFileFoundInAFolder() throws IOException {
        bundle("folder/good.stix2", "good.com");
        Files.writeString(dir.resolve("folder/bad.stix2"), "{not json", StandardCharsets.UTF_8);
        ResolvedIndicators resolved = resolver(Map.of()).resolve(List.of(dir.resolve("folder")), false);

        assertThat(resolved.indicators().matchHost("good.com")).hasSize(1);
        assertThat(resolved.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo(dir.resolve("folder/bad.stix2").toString());
            assertThat(w.message()).contains("not valid JSON").endsWith("The file was skipped.");
        });
    }

    @Test
    void readsEnvironmentVariablesWithColonSeparatedFilesAndFolders() {
        Path a = bundle("env/a.stix2", "a.com");
        bundle("env2/deep/b.stix2", "b.com");
        Path c = bundle("mvt/c.stix2", "c.com");
        Map<String, String> env = Map.of("SPYGLASS_IOCS", a + "::" + dir.resolve("env2"), "MVT_STIX2", c.toString());
        ResolvedIndicators resolved = resolver(env).resolve(List.of(), false);

        assertThat(resolved.indicators().size()).isEqualTo(3);
        assertThat(resolved.indicators().files()).extracting(FeedFile::feed)
                .containsExactly("SPYGLASS_IOCS", "SPYGLASS_IOCS", "MVT_STIX2");
    }

    @Test
    void loadsDownloadedFeedsWithTheirNamesAndWarnsAboutBrokenOnes() throws IOException {
        Path data = dir.resolve("data");
        bundle("data/raw.githubusercontent.com_o_r_main_x.stix2", "downloaded.com");
        Files.writeString(data.resolve("broken.stix2"), "[]", StandardCharsets.UTF_8);
        Files.writeString(data.resolve(".update-state.json"), """
                {"last_update": "2026-11-20T10:00:00Z", "index_url": "https://x/indicators.yaml",
                 "files": [{"file": "raw.githubusercontent.com_o_r_main_x.stix2", "feed": "Feed X",
                            "url": "https://x", "sha256": "00", "downloaded": "2026-11-20T10:00:00Z"}]}
                """, StandardCharsets.UTF_8);
        ResolvedIndicators resolved = resolver(Map.of()).resolve(List.of(), false);

        assertThat(resolved.indicators().matchHost("downloaded.com")).singleElement()
                .satisfies(m -> assertThat(m.indicator().provenance()).extracting(Provenance::feed)
                        .containsExactly("Feed X"));
        assertThat(resolved.warnings()).extracting(Warning::location)
                .containsExactly(data.resolve("broken.stix2").toString());
    }

    @Test
    void combinesBundledDownloadedAndUserFeedsAndLoadsSameContentOnce() {
        Path user = bundle("user/extra.stix2", "2y4nothing.xyz");
        Path copy = bundle("user2/extra-copy.stix2", "2y4nothing.xyz");
        ResolvedIndicators resolved = resolver(Map.of("MVT_STIX2", copy.toString()))
                .resolve(List.of(user), true);

        assertThat(resolved.indicators().files()).hasSize(44);
        assertThat(resolved.indicators().matchHost("2y4nothing.xyz").get(0).indicator().provenance())
                .extracting(Provenance::feed).hasSize(3).last().isEqualTo("--iocs");
    }
}
