package org.spyglass.core.ioc.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.internal.BinaryIn;
import org.spyglass.core.ioc.internal.BinaryOut;
import org.spyglass.core.ioc.load.FeedEntry;
import org.spyglass.core.ioc.load.LoadedFile;

/** The packed arrays behind {@link IndicatorSet}: provenances, values of every kind, and the codec's bulk form. */
class PackedSetTest {
    private static final Map<String, BiFunction<Indicators, String, List<IndicatorMatch>>> QUESTIONS = Map.of(
            "host", Indicators::matchHost, "url", Indicators::matchUrl, "process", Indicators::matchProcess,
            "fileName", Indicators::matchFileName, "filePath", Indicators::matchFilePath,
            "hash", Indicators::matchFileHash, "appId", Indicators::matchAppId, "email", Indicators::matchEmail);

    private static LoadedFile file(String name, List<FeedEntry> entries) {
        Map<IndicatorType, Integer> counts = new EnumMap<>(IndicatorType.class);
        entries.stream().map(FeedEntry::value).distinct().forEach(v -> entries.stream()
                .filter(e -> e.value().equals(v)).findFirst().ifPresent(e -> counts.merge(e.type(), 1, Integer::sum)));
        return new LoadedFile(new FeedFile("Feed", name, "00".repeat(32), List.of(), counts, null), entries,
                List.of());
    }

    private static Provenance stix(String file, int n) {
        return new Provenance("Feed", file, "Malware " + n % 3, String.format(Locale.ROOT,
                "indicator--6f1c2d3e-4b5a-4c6d-8e7f-%012d", n), "malware--" + n % 3);
    }

    /** Seventy files name one value, some twice, with STIX, other and no ids; plus values of every kind. */
    private static IndicatorSet set() {
        IndicatorSetBuilder builder = new IndicatorSetBuilder();
        for (int f = 0; f < 70; f++) {
            String name = "file-" + f + ".stix2";
            Provenance own = switch (f % 3) {
                case 0 -> stix(name, f);
                case 1 -> new Provenance("Feed", name, null, "indicator--custom-" + f, null, "stalkerware");
                default -> new Provenance("Feed", name, "App " + f, null, null);
            };
            List<FeedEntry> entries = new ArrayList<>(List.of(
                    new FeedEntry(IndicatorType.DOMAIN, "shared.example", own),
                    new FeedEntry(IndicatorType.DOMAIN, "shared.example", own),
                    new FeedEntry(IndicatorType.DOMAIN, "only-" + f + ".example", stix(name, 1000 + f))));
            if (f == 0) {
                entries.addAll(List.of(
                        new FeedEntry(IndicatorType.DOMAIN, "xn--bcher-kva.example", own),
                        new FeedEntry(IndicatorType.FILE_NAME, "résumé.pdf", own),
                        new FeedEntry(IndicatorType.FILE_PATH, "/private/var/mobile/文書/x", own),
                        new FeedEntry(IndicatorType.PROCESS, "com.apple.Mappit.SnapshotService", own),
                        new FeedEntry(IndicatorType.PROCESS, "com.apple.Mappit.Other", own),
                        new FeedEntry(IndicatorType.MD5, "d41d8cd98f00b204e9800998ecf8427e", own),
                        new FeedEntry(IndicatorType.SHA256,
                                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", own),
                        new FeedEntry(IndicatorType.URL, "https://shared.example/p?q=1", own),
                        new FeedEntry(IndicatorType.EMAIL, "ops@shared.example", own),
                        new FeedEntry(IndicatorType.APP_ID, "com.evil.app", own)));
            }
            builder.add(file(name, entries));
        }
        return builder.build();
    }

    @Test
    void keepsEveryProvenanceOfAValueNamedByManyFilesOnceEachInLoadOrder() {
        IndicatorSet set = set();

        List<Provenance> provenances = set.matchHost("shared.example").get(0).indicator().provenance();
        assertThat(provenances).hasSize(70).doesNotHaveDuplicates();
        assertThat(provenances).extracting(Provenance::file).containsExactly(
                IntStream.range(0, 70).mapToObj(f -> "file-" + f + ".stix2").toArray(String[]::new));
        assertThat(provenances.get(0)).isEqualTo(stix("file-0.stix2", 0));
        assertThat(provenances.get(1)).isEqualTo(new Provenance("Feed", "file-1.stix2", null, "indicator--custom-1",
                null, "stalkerware"));
        assertThat(provenances.get(2)).isEqualTo(new Provenance("Feed", "file-2.stix2", "App 2", null, null));
        assertThat(set.matchHost("only-69.example").get(0).indicator().provenance())
                .containsExactly(stix("file-69.stix2", 1069));
        assertThat(set.countsByType()).containsEntry(IndicatorType.DOMAIN, 72);
    }

    @Test
    void answersForNonAsciiAndHexValuesAsTheyWereAdded() {
        IndicatorSet set = set();

        assertThat(set.matchFileName("/tmp/résumé.pdf")).singleElement()
                .satisfies(m -> assertThat(m.indicator().value()).isEqualTo("résumé.pdf"));
        assertThat(set.matchFilePath("/private/var/mobile/文書/x/y")).singleElement()
                .satisfies(m -> assertThat(m.how()).isEqualTo("path under"));
        assertThat(set.matchFileHash("D41D8CD98F00B204E9800998ECF8427E")).singleElement()
                .satisfies(m -> assertThat(m.indicator().value()).isEqualTo("d41d8cd98f00b204e9800998ecf8427e"));
        assertThat(set.matchProcess("com.apple.Mappi")).isEmpty();
        assertThat(set.matchProcess("com.apple.Mappit")).extracting(m -> m.indicator().value())
                .containsExactly("com.apple.Mappit.SnapshotService", "com.apple.Mappit.Other");
    }

    @Test
    void theCodecGivesBackASetThatAnswersEveryQuestionTheSame() throws IOException {
        IndicatorSet set = set();
        IndicatorSet read = roundTrip(set);

        assertThat(read.countsByType()).isEqualTo(set.countsByType());
        assertThat(read.files()).isEqualTo(set.files());
        List<String> probes = new ArrayList<>(List.of("shared.example", "a.xn--bcher-kva.example", "résumé.pdf",
                "/private/var/mobile/文書/x", "com.apple.Mappit", "com.apple.Mappit.SnapshotService",
                "d41d8cd98f00b204e9800998ecf8427e", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
                "https://shared.example/p?q=1", "ops@shared.example", "com.evil.app", "nothing.example"));
        for (int f = 0; f < 70; f += 7) {
            probes.add("x.only-" + f + ".example");
        }
        int matched = 0;
        for (String probe : probes) {
            for (var question : QUESTIONS.entrySet()) {
                List<IndicatorMatch> expected = question.getValue().apply(set, probe);
                assertThat(question.getValue().apply(read, probe)).as("%s(%s)", question.getKey(), probe)
                        .isEqualTo(expected);
                matched += expected.size();
            }
        }
        assertThat(matched).isGreaterThan(20);
        assertThat(roundTrip(IndicatorSet.empty()).size()).isZero();
    }

    @Test
    void theCodecRejectsArraysThatDoNotFit() throws IOException {
        byte[] bytes = write(set());
        // The last bytes are the ids of the values' other provenances: cut them short.
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 8);

        assertThatThrownBy(() -> IndicatorSetCodec.read(new BinaryIn(new ByteArrayInputStream(cut), cut.length)))
                .isInstanceOf(IOException.class);
    }

    private static byte[] write(IndicatorSet set) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryOut out = new BinaryOut(bytes);
        IndicatorSetCodec.write(set, out);
        out.flush();
        return bytes.toByteArray();
    }

    private static IndicatorSet roundTrip(IndicatorSet set) throws IOException {
        byte[] bytes = write(set);
        BinaryIn in = new BinaryIn(new ByteArrayInputStream(bytes), bytes.length);
        IndicatorSet read = IndicatorSetCodec.read(in);
        assertThat(in.consumed()).isEqualTo(bytes.length);
        return read;
    }
}
