package org.spyglass.android.androidqf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.spyglass.android.GetPropLine;
import org.spyglass.android.dumpsys.DeviceTimes;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.text.TextLines;

/**
 * The facts about the device and the acquisition that the output's info file shows and the modules need: the time
 * zone, Android version, model and security patch from {@code getprop.txt}, and when the acquisition started, from
 * {@code acquisition.json} ({@code started}, RFC 3339 with offset) or else the modification time of
 * {@code getprop.txt}. A file that cannot be read leaves its facts out and says why.
 */
final class AcquisitionFacts {
    /** deviceInfo key: the device's time zone ({@code persist.sys.timezone}). */
    static final String TIME_ZONE = "time_zone";
    /** deviceInfo key: when the acquisition started, an ISO-8601 instant in UTC. */
    static final String ACQUIRED = AndroidqfSource.ACQUISITION_STARTED;
    /** deviceInfo key: where {@link #ACQUIRED} comes from. */
    static final String ACQUIRED_FROM = "acquisition_started_from";

    private static final Map<String, String> PROPERTIES = Map.of(
            "persist.sys.timezone", TIME_ZONE,
            "ro.build.version.release", "android_version",
            "ro.build.version.security_patch", "security_patch",
            "ro.product.model", "model",
            "ro.product.manufacturer", "manufacturer",
            "ro.build.fingerprint", "build_fingerprint");

    private AcquisitionFacts() {
    }

    static Map<String, String> read(AndroidqfSource source, Path evidence) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("acquisition", evidence.toString());
        Optional<EvidenceFile> getprop = source.file(AndroidqfSource.PREFIX + "getprop.txt");
        getprop.ifPresent(file -> readProperties(source, file, facts));
        source.file(AndroidqfSource.PREFIX + "acquisition.json").ifPresent(file -> readStarted(source, file, facts));
        facts.put(DeviceTimes.TIME_BASIS, DeviceTimes.basis(facts.get(TIME_ZONE)));
        if (!facts.containsKey(ACQUIRED) && getprop.isPresent()) {
            try {
                Instant modified = source.times(getprop.get()).modified();
                if (modified != null) {
                    facts.put(ACQUIRED, modified.toString());
                    facts.put(ACQUIRED_FROM, "getprop.txt modification time");
                }
            } catch (IOException e) {
                facts.put("getprop_problem", "getprop.txt times could not be read: " + e.getMessage());
            }
        }
        return facts;
    }

    private static void readProperties(AndroidqfSource source, EvidenceFile file, Map<String, String> facts) {
        try (InputStream in = source.open(file)) {
            TextLines lines = new TextLines(in);
            for (String line = lines.next(); line != null; line = lines.next()) {
                GetPropLine.parse(line).ifPresent(p -> {
                    String key = PROPERTIES.get(p.name());
                    if (key != null && !p.value().isBlank()) {
                        facts.put(key, p.value());
                    }
                });
            }
        } catch (IOException e) {
            facts.put("getprop_problem", "getprop.txt could not be read: " + e.getMessage());
        }
    }

    private static void readStarted(AndroidqfSource source, EvidenceFile file, Map<String, String> facts) {
        try (InputStream in = source.open(file)) {
            JsonNode started = new ObjectMapper().readTree(in.readNBytes(1024 * 1024)).path("started");
            if (started.isTextual()) {
                facts.put(ACQUIRED, OffsetDateTime.parse(started.asText()).toInstant().toString());
                facts.put(ACQUIRED_FROM, "acquisition.json");
            }
        } catch (IOException | DateTimeParseException e) {
            facts.put("acquisition_problem", "acquisition.json could not be read: " + e.getMessage());
        }
    }
}
