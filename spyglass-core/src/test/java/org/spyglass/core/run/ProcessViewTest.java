package org.spyglass.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.output.RunOutputs;
import org.spyglass.core.source.Source;
import org.spyglass.core.testing.TestIndicators;

class ProcessViewTest {
    @TempDir
    Path evidence;
    @TempDir
    Path results;

    /** A visits module whose visits name processes: the host is the process name, visit 0 is untimed. */
    private static FakeModule<Visit> processes(String name) {
        return Fixtures.visits(name).processes((visit, out) -> out.accept(visit.number() == 0
                ? ProcessSighting.untimed(visit.host(), null, "/visits/" + name + "/log.txt")
                : new ProcessSighting(visit.host(), "/usr/libexec/" + visit.host(), visit.visitedAt(),
                        ProcessSighting.FIRST_SEEN, "/visits/" + name + "/log.txt")));
    }

    private JsonNode run(int spillThreshold, List<? extends ArtifactModule<?>> modules) throws IOException {
        RunRequest request = new RunRequest("ios check-fs", List.of(), evidence, results,
                TestIndicators.of().process("bh", "Pegasus").build(), Set.of(), false, false, false, 2);
        try (Source source = Fixtures.source(evidence)) {
            new RunEngine(Clock.systemUTC(), spillThreshold).run(request, source, modules, RunListener.NONE);
        }
        return Json.mapper().readTree(results.resolve(RunOutputs.PROCESSES).toFile());
    }

    private static JsonNode process(JsonNode view, String name) {
        for (JsonNode each : view) {
            if (each.get("process").asText().equals(name)) {
                return each;
            }
        }
        throw new AssertionError("no process " + name + " in " + view);
    }

    @Test
    void groupsOneNameAcrossModulesOldestFirstWithItsIndicatorMatch() throws IOException {
        Fixtures.writeVisits(evidence, "datausage", "1,bh,1709374600", "2,nfcd,1709374500");
        Fixtures.writeVisits(evidence, "crash", "1,bh,1709374530", "0,bh,0");

        JsonNode view = run(RunOutputs.DEFAULT_SPILL_THRESHOLD, List.of(processes("datausage"), processes("crash")));

        assertThat(view).extracting(p -> p.get("process").asText()).containsExactly("bh", "nfcd");
        JsonNode bh = process(view, "bh");
        assertThat(bh.get("matched").asBoolean()).isTrue();
        assertThat(bh.get("matched_indicators").get(0).get("name").asText()).isEqualTo("Pegasus");
        assertThat(bh.get("matched_indicators").get(0).get("type").asText()).isEqualTo("processes");
        assertThat(bh.get("sightings")).extracting(s -> s.get("module").asText() + "@" + s.get("time").asText())
                .containsExactly("crash@2024-03-02 10:15:30.000000", "datausage@2024-03-02 10:16:40.000000",
                        "crash@");
        JsonNode first = bh.get("sightings").get(0);
        assertThat(first.get("time_kind").asText()).isEqualTo(ProcessSighting.FIRST_SEEN);
        assertThat(first.get("path").asText()).isEqualTo("/usr/libexec/bh");
        assertThat(first.get("artifact").asText()).isEqualTo("/visits/crash/log.txt");
        assertThat(bh.get("sightings").get(2).get("time_kind").isNull()).isTrue();
        assertThat(bh.get("sighting_count").asInt()).isEqualTo(3);
        assertThat(bh.get("first_seen").asText()).isEqualTo("2024-03-02 10:15:30.000000");
        assertThat(bh.get("last_seen").asText()).isEqualTo("2024-03-02 10:16:40.000000");
        assertThat(bh.get("module_count").asInt()).isEqualTo(2);
        assertThat(bh.get("modules")).extracting(JsonNode::asText).containsExactly("crash", "datausage");
        JsonNode nfcd = process(view, "nfcd");
        assertThat(nfcd.get("matched").asBoolean()).isFalse();
        assertThat(nfcd.get("matched_indicators")).isEmpty();
        assertThat(nfcd.get("module_count").asInt()).isEqualTo(1);
    }

    @Test
    void groupsTheSameWhenSightingsSpillAcrossManyFiles() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add((i + 1) + ",proc" + (i % 7) + "," + (1_709_374_500L + i));
        }
        Collections.shuffle(lines, new Random(42));
        Fixtures.writeVisits(evidence, "netusage", lines.toArray(String[]::new));

        JsonNode view = run(3, List.of(processes("netusage")));

        assertThat(view).extracting(p -> p.get("process").asText())
                .containsExactly("proc0", "proc1", "proc2", "proc3", "proc4", "proc5", "proc6");
        for (JsonNode process : view) {
            List<String> times = new ArrayList<>();
            process.get("sightings").forEach(s -> times.add(s.get("time").asText()));
            assertThat(times).isSorted().doesNotHaveDuplicates();
            assertThat(process.get("sighting_count").asInt()).isEqualTo(times.size());
            assertThat(process.get("first_seen").asText()).isEqualTo(times.get(0));
            assertThat(process.get("last_seen").asText()).isEqualTo(times.get(times.size() - 1));
        }
        assertThat(view.get(0).get("sighting_count").asInt()).isEqualTo(29);
        assertThat(view.get(0).get("first_seen").asText()).isEqualTo("2024-03-02 10:15:00.000000");
        assertThat(view.get(6).get("last_seen").asText()).isEqualTo("2024-03-02 10:18:15.000000");
    }

    @Test
    void waitingForTheFileIsNotCutShortByAnInterruptWhichStaysSet() throws IOException {
        Indicators fake = new FakeIndicators();
        Indicators slow = (Indicators) Proxy.newProxyInstance(Indicators.class.getClassLoader(),
                new Class<?>[] {Indicators.class}, (proxy, method, args) -> {
                    if (method.getName().equals("matchProcess")) {
                        Thread.sleep(300);
                    }
                    return method.invoke(fake, args);
                });
        try (RunOutputs outputs = new RunOutputs(results, evidence.resolve("spool"), false, false,
                RunOutputs.DEFAULT_SPILL_THRESHOLD, Clock.systemUTC())) {
            outputs.process("ps", ProcessSighting.untimed("bh", null, "/ps.txt"));
            ProcessView view = ProcessView.start(outputs, slow);

            Thread.currentThread().interrupt();
            long written;
            boolean stillInterrupted;
            try {
                written = view.join();
            } finally {
                stillInterrupted = Thread.interrupted();
            }

            assertThat(written).isEqualTo(1);
            assertThat(stillInterrupted).isTrue();
            assertThat(Json.mapper().readTree(results.resolve(RunOutputs.PROCESSES).toFile()).get(0)
                    .get("process").asText()).isEqualTo("bh");
        }
    }

    @Test
    void startsEachProcessOnALineOfItsOwn() throws IOException {
        Fixtures.writeVisits(evidence, "ps", "0,bh,0", "0,launchd,0", "0,nfcd,0");

        run(RunOutputs.DEFAULT_SPILL_THRESHOLD, List.of(processes("ps")));

        List<String> lines = Files.readAllLines(results.resolve(RunOutputs.PROCESSES));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("[");
        assertThat(lines.get(1)).startsWith("{\"process\":\"bh\"").endsWith("},");
        assertThat(lines.get(3)).startsWith("{\"process\":\"nfcd\"").endsWith("}");
        assertThat(lines.get(4)).isEqualTo("]");
    }

    @Test
    void keepsIdenticalSightingsOnce() throws IOException {
        Fixtures.writeVisits(evidence, "ps", "0,bh,0", "0,bh,0", "0,launchd,0");

        JsonNode view = run(1, List.of(processes("ps")));

        assertThat(process(view, "bh").get("sighting_count").asInt()).isEqualTo(1);
        assertThat(process(view, "bh").get("first_seen").asText()).isEmpty();
        assertThat(process(view, "launchd").get("sighting_count").asInt()).isEqualTo(1);
    }

    @Test
    void writesNoFileWhenNoModuleReportsAProcess() throws IOException {
        Fixtures.writeVisits(evidence, "safari", "1,good.example,1709374530");
        RunRequest request = Fixtures.request(evidence, results, Set.of(), 1);
        try (Source source = Fixtures.source(evidence)) {
            new RunEngine().run(request, source, List.of(Fixtures.visits("safari")), RunListener.NONE);
        }

        assertThat(results.resolve("safari.json")).exists();
        assertThat(Files.exists(results.resolve(RunOutputs.PROCESSES))).isFalse();
    }
}
