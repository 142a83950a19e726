package org.spyglass.core.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spyglass.core.Level;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.TestFolderSource;

/** Ready-made fake modules and requests. */
final class Fixtures {
    static final Instant BASE = Instant.parse("2024-03-02T10:15:30.123456Z");
    static final Heuristic ODD_HOST = new Heuristic("test.odd-host", Level.MEDIUM,
            "A host under .test was visited; this alone proves nothing.");

    private Fixtures() {
    }

    /**
     * A module reading {@code /visits/<name>/*.txt}, one visit per line {@code number,host,epochSecond}. It raises
     * a CRITICAL indicator alert for matched hosts (timed) and a MEDIUM heuristic alert (untimed) for hosts under
     * .test, puts every visit on the timeline and lists one URL per visit.
     */
    static FakeModule<Visit> visits(String name) {
        return new FakeModule<>(name, Visit.class, List.of("/visits/" + name + "/*.txt"), Fixtures::parseVisits)
                .checker((visit, context) -> {
                    context.indicatorAlert(Level.CRITICAL, "Visit to known spyware domain " + visit.host(),
                            visit.visitedAt(), visit, context.indicators().matchHost(visit.host()));
                    if (visit.host().endsWith(".test")) {
                        context.heuristicAlert(ODD_HOST, "Visit to test host " + visit.host(), null, visit);
                    }
                })
                .timeline((visit, out) -> out.accept(new TimelineEvent(visit.visitedAt(), name, "visit",
                        "Visited " + visit.host())))
                .urls((visit, out) -> out.accept(new UrlRecord("https://" + visit.host() + "/", visit.visitedAt(),
                        name)));
    }

    static void parseVisits(ParseContext<Visit> context) throws IOException {
        for (EvidenceFile file : context.files()) {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(context.source().open(file), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] parts = line.split(",");
                    if (parts.length != 3) {
                        context.warn(file.devicePath(), "not a visit line: " + line);
                        continue;
                    }
                    context.emit(new Visit(Long.parseLong(parts[0]), parts[1],
                            Instant.ofEpochSecond(Long.parseLong(parts[2]))));
                }
            }
        }
    }

    /** Writes visit lines for module {@code name} into the evidence folder. */
    static void writeVisits(Path evidence, String name, String... lines) throws IOException {
        TestFolderSource.write(evidence, "/visits/" + name + "/log.txt", String.join("\n", lines) + "\n");
    }

    static RunRequest request(Path evidence, Path output, Set<String> modules, int threads) {
        return new RunRequest("ios check-backup", List.of("--output", output.toString(), evidence.toString()),
                evidence, output, new FakeIndicators(), modules, false, false, true, threads);
    }

    /** The evidence folder as a source, as an iOS backup would describe its device. Close it. */
    static TestFolderSource source(Path evidence) throws IOException {
        return new TestFolderSource(evidence, SourceKind.IOS_BACKUP, Map.of("model", "iPhone14,2",
                "ios_version", "17.4"));
    }
}
