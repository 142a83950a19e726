package org.spyglass.core.testing;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.module.UrlExtractor;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.module.Warning;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.Source;

/**
 * Runs one module through its four stages on a source, the way the engine does (files resolved from the module's
 * globs in path order, then parse, check, timeline, URLs and process sightings per record), and collects
 * everything. A test helper, not the run engine.
 */
public final class ModuleRun {

    /** Everything one module produced. */
    public record Result<R extends Record>(List<R> records, List<Warning> warnings, List<Warning> absences,
                                           List<Alert> alerts, List<TimelineEvent> events, List<UrlRecord> urls,
                                           List<ProcessSighting> processes) {
    }

    private ModuleRun() {
    }

    public static <R extends Record> Result<R> run(ArtifactModule<R> module, Source source, Indicators indicators)
            throws IOException, SQLException {
        Map<String, EvidenceFile> files = new LinkedHashMap<>();
        for (String glob : module.artifacts()) {
            source.find(glob).forEach(file -> files.putIfAbsent(file.devicePath(), file));
        }
        List<EvidenceFile> ordered = new ArrayList<>(files.values());
        ordered.sort(Comparator.comparing(EvidenceFile::devicePath));
        CollectingParseContext<R> parse = new CollectingParseContext<>(module.name(), source, ordered);
        module.parser().parse(parse);
        CollectingCheckContext check = new CollectingCheckContext(module.name(), indicators);
        Checker<R> checker = module.checker();
        TimelineMapper<R> timeline = module.timeline();
        UrlExtractor<R> urlExtractor = module.urls();
        ProcessExtractor<R> processExtractor = module.processes();
        List<TimelineEvent> events = new ArrayList<>();
        List<UrlRecord> urls = new ArrayList<>();
        List<ProcessSighting> processes = new ArrayList<>();
        for (R record : parse.records()) {
            checker.check(record, check);
            timeline.map(record, events::add);
            urlExtractor.urls(record, urls::add);
            processExtractor.processes(record, processes::add);
        }
        checker.finish(check);
        return new Result<>(parse.records(), parse.warnings(), parse.absences(), check.alerts(), events, urls,
                processes);
    }
}
