package org.spyglass.core.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.export.AlertExports;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.output.InfoFile;
import org.spyglass.core.output.OutputFolder;
import org.spyglass.core.output.OutputFormat;
import org.spyglass.core.output.RunOutputs;
import org.spyglass.core.output.SummaryFile;
import org.spyglass.core.time.Times;

/**
 * {@code check-iocs}: checks a saved results folder again against new indicators, without the evidence. Each
 * module's records are read back from {@code <module>.json} and judged again by its checker
 * ({@link RecheckModule}); the new alerts, {@code alerts_timeline.csv}, {@code processes.json}, the exports,
 * {@code summary.json} (verdict recomputed, the saved module statuses and warnings kept) and {@code info.json}
 * (the new indicator files, the previous ones under {@code rechecked}) replace the old ones ({@link RecheckFiles});
 * {@code command.log} gets the re-check's lines appended. The records and timelines are left as they are.
 */
public final class Recheck {
    public static final String COMMAND = "check-iocs";

    private final Clock clock;

    public Recheck() {
        this(Clock.systemUTC());
    }

    Recheck(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param registry the modules this version knows; a saved module it does not know keeps its saved alerts
     * @param listener hears the alerts and warnings
     * @throws SpyglassException an input error when the folder is not a results folder, an output error when the
     *                           new files cannot be written
     */
    public RunSummary run(RecheckRequest request, ModuleRegistry registry, RunListener listener) {
        Path results = realFolder(request.results());
        SavedRun saved = SavedRun.read(results);
        Path target = request.output() == null ? results : OutputFolder.prepare(request.output(),
                List.of(saved.evidence()));
        Path staging = null;
        Path spool = null;
        try {
            staging = Files.createTempDirectory(target, ".check-iocs-");
            spool = Files.createTempDirectory("spyglass-check-iocs-");
            RunSummary summary;
            try (RunOutputs outputs = new RunOutputs(staging, spool, request.pretty(), false,
                    RunOutputs.DEFAULT_SPILL_THRESHOLD, clock)) {
                summary = recheck(request, registry, saved, target, outputs, listener);
            }
            RecheckFiles.joinLog(results.resolve(RunOutputs.COMMAND_LOG), staging.resolve(RunOutputs.COMMAND_LOG));
            RecheckFiles.publish(staging, results, target);
            return summary;
        } catch (IOException | WriteFailure e) {
            throw SpyglassException.output("Cannot write the re-checked results to " + target + " ("
                    + e.getMessage() + "); check the free space and the permissions of the folder.", e);
        } finally {
            deleteTree(staging);
            deleteTree(spool);
        }
    }

    private RunSummary recheck(RecheckRequest request, ModuleRegistry registry, SavedRun saved, Path target,
                               RunOutputs outputs, RunListener listener) throws IOException {
        Instant started = clock.instant();
        outputs.log().info("Spyglass " + OutputFormat.spyglassVersion() + ": " + COMMAND + " started");
        outputs.log().info("arguments: " + String.join(" ", request.arguments()));
        outputs.log().info("results checked again: " + saved.folder() + " (from " + saved.command() + " of "
                + saved.evidence() + ")");
        outputs.log().info("output: " + target);
        for (FeedFile file : request.indicators().files()) {
            outputs.log().info("indicator file " + file.path() + " (feed " + file.feed() + "): " + file.total()
                    + " indicator(s), sha256 " + file.sha256());
        }
        AlertTally alerts = new AlertTally();
        WarningLog warnings = new WarningLog(RunSummary.MAX_WARNINGS);
        saved.warnings().forEach(warnings::add);
        List<ModuleResult> results = new ArrayList<>();
        for (ModuleResult module : saved.modules()) {
            ArtifactModule<?> known = registry.byName(module.name()).orElse(null);
            results.add(RecheckModule.run(module, known, saved.folder(), request.indicators(), outputs, alerts,
                    warnings, listener));
            listener.moduleFinished(results.get(results.size() - 1));
        }
        outputs.finish(saved.modules().stream().map(ModuleResult::name).toList());
        ProcessView.write(outputs, request.indicators());
        AlertCounts counts = alerts.counts();
        IndicatorSummary indicators = IndicatorSummary.of(request.indicators());
        Verdict verdict = Verdict.decide(saved.interrupted(), results, counts);
        long warningCount = saved.warningCount() - saved.warnings().size() + warnings.count();
        RunSummary summary = new RunSummary(saved.command(), saved.evidence(), saved.kind(), target,
                saved.started(), saved.finished(), results, warnings.kept(), warningCount, counts, indicators,
                saved.device(), saved.interrupted(), verdict,
                verdict.sentence(saved.interrupted(), results, counts, indicators));
        SummaryFile.write(outputs.folder(), summary, request.pretty());
        writeInfo(saved.info(), request, started, outputs.folder());
        AlertExports.write(outputs.folder(), RunEngine.exportRun(summary), request.pretty());
        outputs.log().info("verdict: " + verdict + ": " + summary.verdictSentence());
        outputs.log().info("finished: exit code " + summary.exitCode().code() + " (" + summary.exitCode() + ")");
        return summary;
    }

    /** The saved {@code info.json} with the new indicator files, and the re-check described under {@code rechecked}. */
    private static void writeInfo(ObjectNode info, RecheckRequest request, Instant started, Path folder)
            throws IOException {
        ObjectNode updated = info.deepCopy();
        JsonNode previous = updated.path("ioc_files");
        ArrayNode files = Json.mapper().createArrayNode();
        for (FeedFile file : request.indicators().files()) {
            files.addObject().put("path", file.path()).put("sha256", file.sha256()).put("feed", file.feed())
                    .put("count", file.total());
        }
        updated.set("ioc_files", files);
        ObjectNode rechecked = updated.putObject("rechecked");
        rechecked.put("date", Times.mvt(started));
        rechecked.put("spyglass_version", OutputFormat.spyglassVersion());
        rechecked.put("command", COMMAND);
        ArrayNode arguments = rechecked.putArray("arguments");
        request.arguments().forEach(arguments::add);
        rechecked.set("previous_ioc_files", previous.isMissingNode() ? Json.mapper().createArrayNode() : previous);
        try (JsonGenerator out = Json.generator(
                new BufferedOutputStream(Files.newOutputStream(folder.resolve(InfoFile.NAME))), request.pretty())) {
            Json.mapper().writeTree(out, updated);
            out.writeRaw('\n');
        }
    }

    private static Path realFolder(Path results) {
        if (!Files.isDirectory(results)) {
            throw SpyglassException.input(results + " is not a folder: give the results folder of a check.");
        }
        try {
            return results.toRealPath();
        } catch (IOException e) {
            throw SpyglassException.input(results + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover staging folder is hidden and holds only copies of results; it does not hurt the results
        }
    }
}
