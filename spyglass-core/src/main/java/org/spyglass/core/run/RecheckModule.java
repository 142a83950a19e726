package org.spyglass.core.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.Warning;
import org.spyglass.core.output.ModuleFiles;
import org.spyglass.core.output.RunOutputs;

/**
 * Checks one module's saved records again: reads {@code <module>.json} back into the module's record class and runs
 * its checker on each, in the saved order, against the new indicators, as a fresh check would. A checker sees only
 * records and indicators, so its alerts, heuristic ones included, are what a fresh check of the evidence raises
 * (some heuristics depend on indicators too, such as a lookup of a known e-mail handle). Process sightings are
 * collected again for {@code processes.json}.
 *
 * <p>When the records cannot be read back (an older or newer record shape) or the module is unknown to this
 * version, the module's saved alerts are kept unchanged, with a warning. A checker that throws ends the module with
 * a warning, keeping the alerts it raised, as in a fresh check.
 */
final class RecheckModule<R extends Record> implements CheckContext {
    private final String name;
    private final ArtifactModule<R> module;
    private final Indicators indicators;
    private final RunOutputs outputs;
    private final AlertTally tally;
    private final WarningLog warnings;
    private final RunListener listener;
    private final Map<Level, Long> alerts = new EnumMap<>(Level.class);
    private ModuleFiles files;
    private long newWarnings;

    private RecheckModule(String name, ArtifactModule<R> module, Indicators indicators, RunOutputs outputs,
                          AlertTally tally, WarningLog warnings, RunListener listener) {
        this.name = name;
        this.module = module;
        this.indicators = indicators;
        this.outputs = outputs;
        this.tally = tally;
        this.warnings = warnings;
        this.listener = listener;
    }

    /**
     * @param module  the module of that name in this version, or null when there is none
     * @param results the saved results folder
     * @return the module's result: the saved one with the new alert counts and any new warnings
     */
    static <R extends Record> ModuleResult run(ModuleResult saved, ArtifactModule<R> module, Path results,
                                               Indicators indicators, RunOutputs outputs, AlertTally tally,
                                               WarningLog warnings, RunListener listener) throws IOException {
        RecheckModule<R> recheck = new RecheckModule<>(saved.name(), module, indicators, outputs, tally, warnings,
                listener);
        recheck.run(results);
        return new ModuleResult(saved.name(), saved.status(), saved.records(), recheck.alerts,
                saved.warnings() + recheck.newWarnings, saved.reason());
    }

    private void run(Path results) throws IOException {
        files = outputs.module(name);
        try {
            Path records = results.resolve(name + ".json");
            if (module == null) {
                keepSaved(results, name, "this version has no module of that name");
                return;
            }
            String problem = Files.exists(records) ? unreadable(records) : null;
            if (problem != null) {
                keepSaved(results, records.getFileName().toString(), "its records cannot be read back (" + problem
                        + ")");
                return;
            }
            checkRecords(Files.exists(records) ? records : null);
        } finally {
            files.close();
        }
    }

    private void keepSaved(Path results, String location, String why) throws IOException {
        warn(location, why + ": its saved alerts are kept unchanged");
        for (Alert alert : SavedAlerts.read(results.resolve(name + "_detected.json"))) {
            emit(alert);
        }
    }

    /** Reads every record once without checking it; returns why one cannot be read, or null. */
    private String unreadable(Path records) throws IOException {
        long read = 0;
        try (JsonParser parser = open(records)) {
            ObjectReader reader = Json.recordReader(module.recordType());
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                reader.readValue(parser);
                read++;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "record " + (read + 1) + ": " + firstLine(e);
        }
    }

    private void checkRecords(Path records) throws IOException {
        Checker<R> checker = module.checker();
        ProcessExtractor<R> processes = module.processes();
        long read = 0;
        try {
            if (records != null) {
                try (JsonParser parser = open(records)) {
                    ObjectReader reader = Json.recordReader(module.recordType());
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        R record = reader.readValue(parser);
                        read++;
                        checker.check(record, this);
                        processes.processes(record, this::process);
                    }
                }
            }
            checker.finish(this);
        } catch (WriteFailure e) {
            throw e;
        } catch (RuntimeException e) {
            warn(name, "the checker failed after " + read + " record(s): " + firstLine(e));
        }
    }

    private void process(ProcessSighting sighting) {
        try {
            outputs.process(name, sighting);
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
    }

    private static JsonParser open(Path records) throws IOException {
        JsonParser parser = Json.mapper().createParser(records.toFile());
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            parser.close();
            throw new IOException(records.getFileName() + " is not a JSON array");
        }
        return parser;
    }

    @Override
    public String module() {
        return name;
    }

    @Override
    public Indicators indicators() {
        return indicators;
    }

    @Override
    public void alert(Alert alert) {
        emit(alert);
    }

    private void emit(Alert alert) {
        alerts.merge(alert.level(), 1L, Long::sum);
        tally.add(alert);
        try {
            files.alert(alert);
            outputs.alertTimeline(alert);
            outputs.log().line(alert.level().name(), alert.module() + ": " + alert.message());
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
        listener.alert(alert);
    }

    private void warn(String location, String message) throws IOException {
        newWarnings++;
        Warning warning = new Warning(name, location, message);
        warnings.add(warning);
        outputs.log().warning(warning.module() + ": " + warning.location() + ": " + warning.message());
        listener.warning(warning);
    }

    private static String firstLine(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }
}
