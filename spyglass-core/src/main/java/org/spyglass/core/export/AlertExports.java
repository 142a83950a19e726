package org.spyglass.core.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.spyglass.core.json.Json;

/**
 * Writes the alert exports of a results folder from its {@code alerts.json}: {@code alerts.stix2.json} (a STIX 2.1
 * bundle of sightings) and {@code alerts.misp.json} (a MISP event). Both are written on every run, without alerts
 * too. The alerts are read one at a time, so the STIX bundle does not grow memory with their number.
 */
public final class AlertExports {
    public static final String STIX = "alerts.stix2.json";
    public static final String MISP = "alerts.misp.json";
    static final String ALERTS = "alerts.json";

    private AlertExports() {
    }

    /**
     * @param folder the results folder, its {@code alerts.json} complete (or absent when the run raised none)
     * @param run    what the exports say about the run
     * @param pretty indent the JSON
     */
    public static void write(Path folder, ExportRun run, boolean pretty) throws IOException {
        MispEventWriter misp = new MispEventWriter(folder.resolve(MISP), run, pretty);
        try (StixBundleWriter stix = new StixBundleWriter(folder.resolve(STIX), run, pretty)) {
            Path alerts = folder.resolve(ALERTS);
            if (Files.exists(alerts)) {
                try (JsonParser parser = Json.mapper().createParser(alerts.toFile())) {
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        throw new IOException(alerts + " is not a JSON array");
                    }
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        SavedAlert alert = SavedAlert.of(Json.mapper().readTree(parser));
                        stix.write(alert);
                        misp.add(alert);
                    }
                }
            }
        }
        misp.close();
    }
}
