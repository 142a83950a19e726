package org.spyglass.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.json.Json;
import org.spyglass.core.testing.ExportValidation;

class AlertExportsTest {
    static final String FEED_INDICATOR = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";
    private static final ExportRun RUN = new ExportRun("ios check-backup", "/cases/42/backup", "IOS_BACKUP",
            Instant.parse("2026-11-29T10:00:00.123456Z"), Map.of("model", "iPhone14,2"), "Signs of compromise.");

    /** Three alerts as the engine writes them: two indicator matches (one timed, two indicators) and a heuristic. */
    static final String ALERTS = """
            [
            {"level":"CRITICAL","module":"safari_history","message":"Visit to a.evil.example","event_time":"2024-03-02 10:15:31.500000",
             "event":{"url":"https://a.evil.example/x"},
             "matched_indicator":null,"heuristic":null,
             "matched_indicators":[
              {"value":"a.evil.example","type":"domains","name":"Pegasus","stix2_file_name":"pegasus.stix2","feed":"Amnesty",
               "indicator_id":"%s","malware_id":null,"how":"exact domain","observed":"https://a.evil.example/x",
               "provenance":[{"feed":"Amnesty","file":"pegasus.stix2","malware":"Pegasus","indicator_id":"%s","malware_id":null}]},
              {"value":"evil.example","type":"domains","name":null,"stix2_file_name":"list.txt","feed":"lab list",
               "indicator_id":null,"malware_id":null,"how":"subdomain of","observed":"https://a.evil.example/x",
               "provenance":[{"feed":"lab list","file":"list.txt","malware":null,"indicator_id":null,"malware_id":null}]}]},
            {"level":"HIGH","module":"applications","message":"App com.evil.app installed","event_time":"",
             "event":{"id":"com.evil.app"},"matched_indicator":null,"heuristic":null,
             "matched_indicators":[
              {"value":"com.evil.app","type":"app_ids","name":"Predator","stix2_file_name":"predator.stix2","feed":"Amnesty",
               "indicator_id":"indicator--1","malware_id":null,"how":"exact app id","observed":"com.evil.app",
               "provenance":[{"feed":"Amnesty","file":"predator.stix2","malware":"Predator","indicator_id":"indicator--1","malware_id":null}]}]},
            {"level":"MEDIUM","module":"shutdown_log","message":"A process ran from a temporary folder","event_time":"",
             "event":{"client":"/tmp/x"},"matched_indicator":null,
             "heuristic":{"id":"shutdown.tmp","level":"MEDIUM","explanation":"Spyware has run from there; so do tests."},
             "matched_indicators":[]}
            ]
            """.formatted(FEED_INDICATOR, FEED_INDICATOR);

    @TempDir
    Path folder;

    private JsonNode export(String alerts) throws IOException {
        if (alerts != null) {
            Files.writeString(folder.resolve("alerts.json"), alerts, StandardCharsets.UTF_8);
        }
        AlertExports.write(folder, RUN, false);
        return Json.mapper().readTree(folder.resolve(AlertExports.STIX).toFile());
    }

    private static List<JsonNode> objects(JsonNode bundle, String type) {
        List<JsonNode> found = new ArrayList<>();
        bundle.path("objects").forEach(o -> {
            if (o.path("type").asText().equals(type)) {
                found.add(o);
            }
        });
        return found;
    }

    @Test
    void stixBundleValidatesAgainstTheStix21Schema() throws IOException {
        JsonNode bundle = export(ALERTS);

        assertThat(ExportValidation.stixErrors(bundle)).isEmpty();
        assertThat(objects(bundle, "sighting")).hasSize(3);
    }

    @Test
    void theSchemaRejectsASightingWithoutItsIndicatorOrWithASecondsOnlyCreationTime() throws IOException {
        JsonNode bundle = export(ALERTS);
        com.fasterxml.jackson.databind.node.ObjectNode sighting =
                (com.fasterxml.jackson.databind.node.ObjectNode) objects(bundle, "sighting").get(0);
        sighting.remove("sighting_of_ref");
        sighting.put("created", "2026-11-29T10:00:00Z");

        assertThat(ExportValidation.stixErrors(bundle)).isNotEmpty();
    }

    @Test
    void sightingsPointToTheFeedsIndicatorIdOrToAnIndicatorInTheBundle() throws IOException {
        JsonNode bundle = export(ALERTS);

        Set<String> ids = new HashSet<>();
        bundle.path("objects").forEach(o -> ids.add(o.path("id").asText()));
        List<String> sightingOf = objects(bundle, "sighting").stream()
                .map(s -> s.path("sighting_of_ref").asText()).toList();
        assertThat(sightingOf.get(0)).isEqualTo(FEED_INDICATOR);
        assertThat(ids).doesNotContain(FEED_INDICATOR).contains(sightingOf.get(1), sightingOf.get(2));
        List<JsonNode> indicators = objects(bundle, "indicator");
        assertThat(indicators).extracting(i -> i.path("pattern").asText())
                .containsExactly("[domain-name:value = 'evil.example']", "[app:id = 'com.evil.app']");
        assertThat(indicators.get(1).path("labels").get(0).asText()).isEqualTo("Predator");
    }

    @Test
    void aTimedSightingCarriesItsTimeAndTheObservedUrlAsObservedData() throws IOException {
        JsonNode bundle = export(ALERTS);

        JsonNode sighting = objects(bundle, "sighting").get(0);
        assertThat(sighting.path("first_seen").asText()).isEqualTo("2024-03-02T10:15:31.500000Z");
        assertThat(sighting.path("where_sighted_refs").get(0).asText())
                .isEqualTo(objects(bundle, "identity").get(1).path("id").asText());
        JsonNode observed = objects(bundle, "observed-data").stream()
                .filter(o -> o.path("id").asText().equals(sighting.path("observed_data_refs").get(0).asText()))
                .findFirst().orElseThrow();
        String sco = observed.path("object_refs").get(0).asText();
        assertThat(objects(bundle, "url")).singleElement().satisfies(url -> {
            assertThat(url.path("id").asText()).isEqualTo(sco);
            assertThat(url.path("value").asText()).isEqualTo("https://a.evil.example/x");
        });
        assertThat(objects(bundle, "sighting").get(2).has("observed_data_refs")).isFalse();
    }

    @Test
    void aHeuristicAlertBecomesANoteAboutTheDevice() throws IOException {
        JsonNode bundle = export(ALERTS);

        assertThat(objects(bundle, "note")).singleElement().satisfies(note -> {
            assertThat(note.path("content").asText()).contains("temporary folder", "so do tests");
            assertThat(note.path("x_spyglass_heuristic").asText()).isEqualTo("shutdown.tmp");
        });
    }

    @Test
    void withoutAlertsTheBundleHoldsOnlyTheIdentitiesAndTheEventNoAttribute() throws IOException {
        JsonNode bundle = export(null);

        assertThat(ExportValidation.stixErrors(bundle)).isEmpty();
        assertThat(bundle.path("objects")).extracting(o -> o.path("type").asText())
                .containsExactly("identity", "identity");
        JsonNode event = Json.mapper().readTree(folder.resolve(AlertExports.MISP).toFile()).path("Event");
        assertThat(event.path("Attribute")).isEmpty();
        assertThat(event.path("threat_level_id").asText()).isEqualTo("4");
    }

    @Test
    void theSameAlertsGiveTheSameBytes() throws IOException {
        export(ALERTS);
        byte[] stix = Files.readAllBytes(folder.resolve(AlertExports.STIX));
        byte[] misp = Files.readAllBytes(folder.resolve(AlertExports.MISP));

        export(ALERTS);

        assertThat(Files.readAllBytes(folder.resolve(AlertExports.STIX))).isEqualTo(stix);
        assertThat(Files.readAllBytes(folder.resolve(AlertExports.MISP))).isEqualTo(misp);
    }

    @Test
    void mispEventHasTheRequiredFieldsAndValidTypesPerCategory() throws IOException {
        export(ALERTS);

        JsonNode event = Json.mapper().readTree(folder.resolve(AlertExports.MISP).toFile()).path("Event");
        assertThat(ExportValidation.mispErrors(event)).isEmpty();
        assertThat(event.path("threat_level_id").asText()).isEqualTo("1");
        assertThat(event.path("Tag")).extracting(t -> t.path("name").asText())
                .containsExactly("spyglass:malware=\"Pegasus\"", "spyglass:malware=\"Predator\"");
        assertThat(event.path("Attribute")).extracting(a -> a.path("type").asText() + " " + a.path("value").asText())
                .containsExactly("domain a.evil.example", "domain evil.example",
                        "mobile-application-id com.evil.app", "text A process ran from a temporary folder");
        JsonNode first = event.path("Attribute").get(0);
        assertThat(first.path("first_seen").asText()).isEqualTo("2024-03-02T10:15:31.500000Z");
        assertThat(first.path("Tag").get(0).path("name").asText()).isEqualTo("spyglass:malware=\"Pegasus\"");
    }

    @Test
    void mispKeepsOneAttributePerIndicatorWhateverTheNumberOfAlerts() throws IOException {
        String twice = ALERTS.replaceFirst("\\[\\s*\\{", "[{").trim();
        JsonNode alerts = Json.mapper().readTree(twice);
        List<JsonNode> doubled = new ArrayList<>();
        alerts.forEach(doubled::add);
        alerts.forEach(doubled::add);
        export(Json.mapper().writeValueAsString(doubled));

        JsonNode event = Json.mapper().readTree(folder.resolve(AlertExports.MISP).toFile()).path("Event");
        assertThat(event.path("Attribute")).hasSize(4);
        assertThat(event.path("Attribute").get(0).path("comment").asText()).contains("2 alerts");
        assertThat(ExportValidation.mispErrors(event)).isEmpty();
    }
}
