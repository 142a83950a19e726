package org.spyglass.core.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.ProcessSighting;

/**
 * The writers of one run: per-module files, the shared timelines and the process sightings (sorted on disk through
 * a {@link TimelineSpool} and {@link SortedSpool}s in the spool folder) and {@code command.log}. {@link #finish} writes the run-wide files but
 * {@code processes.json}, which the engine judges and writes through {@link #processesFile}. The shared methods are
 * thread-safe; nothing grows with the number of records but the spools' bounded buffers.
 */
public final class RunOutputs implements Closeable {
    public static final String ALERTS = "alerts.json";
    public static final String URLS = "urls.json";
    public static final String TIMELINE = "timeline.csv";
    public static final String TIMELINE_JSONL = "timeline.jsonl";
    public static final String ALERTS_TIMELINE = "alerts_timeline.csv";
    public static final String COMMAND_LOG = "command.log";
    public static final String PROCESSES = "processes.json";
    /** Rows a timeline keeps in memory before it spills a sorted run to disk. */
    public static final int DEFAULT_SPILL_THRESHOLD = 100_000;

    private final Path folder;
    private final Path spool;
    private final boolean pretty;
    private final boolean timesketch;
    private final TimelineSpool timeline;
    private final SortedSpool<TimelineRow> alertsTimeline;
    private final SortedSpool<ProcessRow> processes;
    private final CommandLog log;
    private Thread timelineRelease;
    private volatile IOException releaseFailure;

    /**
     * @param folder         the prepared output folder ({@link OutputFolder#prepare})
     * @param spool          an existing private temporary folder, outside the output and the evidence
     * @param pretty         indent the JSON files
     * @param timesketch     also write {@code timeline.jsonl} (each event with its record)
     * @param spillThreshold rows each timeline (and the process sightings) keeps in memory before spilling
     */
    public RunOutputs(Path folder, Path spool, boolean pretty, boolean timesketch, int spillThreshold, Clock clock)
            throws IOException {
        this.folder = folder;
        this.spool = spool;
        this.pretty = pretty;
        this.timesketch = timesketch;
        this.timeline = new TimelineSpool(spool, "timeline", spillThreshold);
        this.alertsTimeline = new SortedSpool<>(spool, "alerts-timeline", spillThreshold, false,
                TimelineRow.CODEC);
        this.processes = new SortedSpool<>(spool, "processes", spillThreshold, true, ProcessRow.CODEC);
        this.log = new CommandLog(folder.resolve(COMMAND_LOG), clock);
    }

    public Path folder() {
        return folder;
    }

    public CommandLog log() {
        return log;
    }

    /** Opens the files of one module; the caller closes them when the module is done. */
    public ModuleFiles module(String name) {
        return new ModuleFiles(name, folder, spool, pretty, timeline, timesketch);
    }

    /** Adds an alert to {@code alerts_timeline.csv} when it has an event time. */
    public void alertTimeline(Alert alert) throws IOException {
        if (alert.eventTime() != null) {
            alertsTimeline.add(new TimelineRow(alert.eventTime(), alert.module(), alert.message(),
                    AlertJson.eventJson(alert)));
        }
    }

    /** Spools a process sighting for {@code processes.json}; identical sightings are kept once. */
    public void process(String module, ProcessSighting sighting) throws IOException {
        processes.add(ProcessRow.of(module, sighting));
    }

    /**
     * Sends every process sighting, sorted by name then time (see {@link ProcessRow#compareTo}), to {@code sink},
     * then deletes their spill files (on the calling thread). Call once, after every module is done.
     *
     * @return the number of distinct sightings sent
     */
    public long drainProcesses(SortedSpool.RowSink<ProcessRow> sink) throws IOException {
        try {
            return processes.drain(sink);
        } finally {
            processes.close();
        }
    }

    /** Whether any module reported a process sighting. */
    public boolean hasProcesses() {
        return processes.added() > 0;
    }

    /** Creates {@code processes.json}; the caller writes the judged groups to it and closes it. */
    public ProcessesFile processesFile() throws IOException {
        return new ProcessesFile(folder.resolve(PROCESSES), pretty);
    }

    /**
     * Writes the run-wide files once every module is done and closed: {@code alerts.json} and {@code urls.json}
     * (the modules' parts joined in {@code moduleOrder}, only when not empty), {@code timeline.csv} (only when not
     * empty), with {@code timeline.jsonl} when asked for (Timesketch's import format: the modules' lines joined in
     * {@code moduleOrder}), and {@code alerts_timeline.csv} (always, as MVT does).
     */
    public void finish(List<String> moduleOrder) throws IOException {
        finish(moduleOrder, null);
    }

    /**
     * {@link #finish(List)}, sending the rows of {@code timeline.csv} to the sink that {@code timelineSink} (may be
     * null) opens once {@code alerts.json} is written. A sink that fails costs a line in {@code command.log} and
     * its further rows, never the results.
     */
    public void finish(List<String> moduleOrder, TimelineSink.Opener timelineSink) throws IOException {
        List<Path> detected = moduleOrder.stream().map(m -> ModuleFiles.detectedFile(folder, m)).toList();
        if (detected.stream().anyMatch(Files::exists)) {
            JsonArrays.concatenate(detected, folder.resolve(ALERTS), pretty, true);
        }
        List<Path> urls = moduleOrder.stream().map(m -> ModuleFiles.urlsPart(spool, m)).toList();
        if (urls.stream().anyMatch(Files::exists)) {
            JsonArrays.concatenate(urls, folder.resolve(URLS), pretty, !pretty);
        }
        GuardedSink sink = new GuardedSink(timelineSink, folder, log);
        if (timeline.added() > 0) {
            writeTimeline(folder.resolve(TIMELINE), sink);
        }
        releaseTimeline();
        sink.end();
        if (timesketch && timeline.added() > 0) {
            concatenate(moduleOrder.stream().map(m -> ModuleFiles.timelinePart(spool, m)).toList(),
                    folder.resolve(TIMELINE_JSONL));
        }
        writeCsv(alertsTimeline, folder.resolve(ALERTS_TIMELINE), "Event Time", "Module", "Message", "Event");
    }

    /** Writes {@code timeline.csv} from the spool's bytes, each row also to {@code sink}. */
    private void writeTimeline(Path file, GuardedSink sink) throws IOException {
        try (CsvWriter csv = new CsvWriter(file)) {
            csv.row("UTC Timestamp", "Plugin", "Event", "Description");
            timeline.drain(row -> {
                csv.timeField(row.epochSecond(), row.nano());
                byte[] module = row.module();
                csv.utf8Field(module, 0, module.length);
                csv.utf8Field(row.text(), row.eventOffset(), row.eventLength());
                csv.utf8Field(row.text(), row.descriptionOffset(), row.descriptionLength());
                csv.endRow();
                sink.row(row);
            });
        }
    }

    /** Writes the bytes of every existing file of {@code parts} to {@code target}, in that order. */
    private static void concatenate(List<Path> parts, Path target) throws IOException {
        try (AtomicFile file = AtomicFile.create(target)) {
            for (Path part : parts) {
                if (Files.exists(part)) {
                    file.append(part);
                }
            }
            file.commit();
        }
    }

    private static void writeCsv(SortedSpool<TimelineRow> rows, Path file, String... header) throws IOException {
        try (CsvWriter csv = new CsvWriter(file)) {
            csv.row(header);
            rows.drain(row -> csv.row(row.time(), row.module(), row.event(), row.detail()));
        }
    }

    /**
     * Deletes the timeline's spill files, which the merge read to the end, on a thread of its own while the rest of
     * the run-wide files are written; {@link #close} waits for it.
     */
    private void releaseTimeline() {
        Thread thread = new Thread(() -> {
            try {
                timeline.close();
            } catch (IOException e) {
                releaseFailure = e;
            }
        }, "spyglass-timeline-release");
        thread.setDaemon(true);
        thread.start();
        timelineRelease = thread;
    }

    /** Waits for {@link #releaseTimeline}, even when interrupted: the spool folder is deleted after this. */
    private void awaitRelease() throws IOException {
        if (timelineRelease == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                timelineRelease.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (releaseFailure != null) {
            throw releaseFailure;
        }
    }

    /**
     * Closes the log and deletes the spill files (waiting for those deleted in the background); the caller removes
     * the spool folder itself.
     */
    @Override
    public void close() throws IOException {
        try {
            awaitRelease();
            timeline.close();
            alertsTimeline.close();
            processes.close();
        } finally {
            log.close();
        }
    }
}
