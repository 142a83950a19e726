package org.spyglass.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.Warning;
import org.spyglass.core.output.InfoFile;
import org.spyglass.core.output.RunOutputs;
import org.spyglass.core.output.SummaryFile;
import org.spyglass.core.run.ModuleRegistry;
import org.spyglass.core.run.ModuleResult;
import org.spyglass.core.run.RunEngine;
import org.spyglass.core.run.RunListener;
import org.spyglass.core.run.RunRequest;
import org.spyglass.core.run.RunSummary;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.MalformedCorpus.Item;

/**
 * Runs the real {@link RunEngine} with every registered module of one source kind over a folder where every file
 * any of them reads holds a {@link MalformedCorpus} item (varied: the items are dealt out in turn over the modules'
 * files), and lists what went wrong with the run as a whole: a module that did not end as ran or absent, or ended
 * absent though its files are there without a reason naming one of them (or naming the source, for a module this
 * kind of source cannot serve), a reason
 * that reads like a stack trace, an output missing (those every run writes, and the records file of each module that
 * read some), a summary that does not list every module, and a module that
 * read nothing from non-empty garbage without a warning naming one of its files.
 */
public final class WholeRunCorpus {
    /** The files every run writes (docs/output-format.md). */
    private static final List<String> OUTPUTS = List.of(SummaryFile.NAME, InfoFile.NAME, RunOutputs.COMMAND_LOG,
            "alerts_timeline.csv", "alerts.stix2.json", "alerts.misp.json");

    private WholeRunCorpus() {
    }

    /** The problems of one whole run; empty when every module turned the garbage into warnings and the run ended. */
    public static List<String> problems(SourceKind kind, Path schemaFolder, Path evidence, Path output)
            throws IOException {
        List<Item> items = MalformedCorpus.items(CorpusRun.schemas(schemaFolder));
        List<ArtifactModule<?>> modules = ModuleRegistry.load().forKind(kind);
        Map<String, byte[]> written = new LinkedHashMap<>();
        Map<String, List<String>> filesOf = new LinkedHashMap<>();
        int dealt = 0;
        for (ArtifactModule<?> module : modules) {
            List<String> paths = new ArrayList<>();
            for (String glob : module.artifacts()) {
                String path = glob.replace("/**/", "/").replace("**", "x").replace("*", "x");
                if (!written.containsKey(path)) {
                    Item item = items.get(dealt++ % items.size());
                    Path file = evidence.resolve(path.substring(1));
                    Files.createDirectories(file.getParent());
                    Files.write(file, item.bytes());
                    written.put(path, item.bytes());
                }
                paths.add(path);
            }
            filesOf.put(module.name(), paths);
        }
        List<Warning> warnings = new CopyOnWriteArrayList<>();
        RunSummary summary;
        try (TestFolderSource source = new TestFolderSource(evidence, kind, Map.of())) {
            RunRequest request = new RunRequest("corpus " + kind, List.of(evidence.toString()), evidence, output,
                    TestIndicators.none(), Set.of(), true, false, true, 2);
            summary = new RunEngine().run(request, source, modules, new RunListener() {
                @Override
                public void warning(Warning warning) {
                    warnings.add(warning);
                }
            });
        }
        List<String> problems = new ArrayList<>();
        for (ModuleResult result : summary.modules()) {
            if (result.status() != ModuleResult.Status.RAN && result.status() != ModuleResult.Status.ABSENT) {
                problems.add(result.name() + " ended " + result.status() + ": " + result.reason());
            }
            if (result.reason() != null && (result.reason().contains("\tat ") || result.reason().contains("Exception")
                    || result.reason().contains("Error:"))) {
                problems.add(result.name() + " gave a reason that reads like a stack trace: " + result.reason());
            }
            List<String> paths = filesOf.getOrDefault(result.name(), List.of());
            String reason = String.valueOf(result.reason());
            if (result.status() == ModuleResult.Status.ABSENT && !paths.isEmpty()
                    && !reason.contains(evidence.getFileName().toString())
                    && paths.stream().noneMatch(p -> reason.contains(p.substring(p.lastIndexOf('/') + 1)))) {
                problems.add(result.name() + " did not find its files " + paths + ": " + result.reason());
            }
            boolean garbage = paths.stream().allMatch(p -> written.get(p).length > 0);
            if (result.status() == ModuleResult.Status.RAN && result.records() == 0 && garbage && !paths.isEmpty()
                    && warnings.stream().noneMatch(w -> w.module().equals(result.name())
                    && paths.stream().anyMatch(p -> names(w, p)))) {
                problems.add(result.name() + " read nothing from " + paths + " and no warning names them");
            }
        }
        problems.addAll(outputProblems(summary, modules, output));
        return problems;
    }

    private static List<String> outputProblems(RunSummary summary, List<ArtifactModule<?>> modules, Path output)
            throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : OUTPUTS) {
            if (!Files.isRegularFile(output.resolve(name))) {
                problems.add("no " + name + " in the results");
            }
        }
        for (ModuleResult result : summary.modules()) {
            if (result.records() > 0 && !Files.isRegularFile(output.resolve(result.name() + ".json"))) {
                problems.add(result.name() + " read " + result.records() + " records but wrote no "
                        + result.name() + ".json");
            }
        }
        Set<String> expected = modules.stream().map(ArtifactModule::name).collect(Collectors.toSet());
        Set<String> inSummary = summary.modules().stream().map(ModuleResult::name).collect(Collectors.toSet());
        if (!inSummary.equals(expected)) {
            problems.add("the run summary lists " + inSummary + " instead of " + expected);
        }
        if (Files.isRegularFile(output.resolve(SummaryFile.NAME))) {
            JsonNode json = new ObjectMapper().readTree(output.resolve(SummaryFile.NAME).toFile());
            Set<String> inFile = StreamSupport.stream(json.path("modules").spliterator(), false)
                    .map(m -> m.path("name").asText()).collect(Collectors.toSet());
            if (!inFile.equals(expected)) {
                problems.add(SummaryFile.NAME + " lists " + inFile + " instead of " + expected);
            }
        }
        return problems;
    }

    private static boolean names(Warning warning, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return warning.location().endsWith(name) || warning.message().contains(name);
    }
}
