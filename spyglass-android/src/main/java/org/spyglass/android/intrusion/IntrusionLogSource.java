package org.spyglass.android.intrusion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.archive.NotAnArchiveException;
import org.spyglass.core.module.Warning;
import org.spyglass.core.source.DeviceFileList;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.ExtractedArchive;
import org.spyglass.core.source.FolderSource;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.text.TextLines;

/**
 * Android 16+ intrusion logs (Advanced Protection "Intrusion Logging", exported as NDJSON text files), as a folder, a
 * zip of them, or one NDJSON file. A zip is extracted with {@link ExtractedArchive} into a private scratch folder,
 * removed by {@link #close()}; so is each zip inside the logs ({@link NestedZips}: one level, bounded). Files are named
 * by their path inside the folder or zip with a leading {@code /} (a single file by its name), a member of a zip
 * inside the logs {@code /day.zip!/member}.
 *
 * <p>On opening, every file is read once as a stream to sort out what is NDJSON: only those are listed by
 * {@link #find}, {@link #file} and {@link #forEachFile}. What does not fit is one {@link #warnings() warning} each:
 * a file that is not NDJSON, a zip inside the logs refused (or inside such a zip), the lines of a file that are not
 * one JSON event (a line cut in half), and each unknown event type (its lines are counted, not read).
 * {@link #deviceInfo()} counts the files and events by type. Thread-safe.
 */
public final class IntrusionLogSource extends FolderSource {
    /** The glob of every NDJSON file, which the intrusion-log modules declare. */
    public static final String EVERY_FILE = "/**";

    private final DeviceFileList listing;
    private final Map<String, String> deviceInfo;
    private final List<Warning> warnings;
    private final NestedZips zips = new NestedZips();
    private final boolean single;

    /**
     * @param single the one NDJSON file to read in {@code folder} (its parent), or null to read the whole folder
     */
    private IntrusionLogSource(Path folder, Path evidence, ExtractedArchive extraction, List<Warning> archiveWarnings,
                               String single) throws IOException {
        super(SourceKind.ANDROID_INTRUSION_LOGS, folder, evidence, extraction);
        this.single = single != null;
        try {
            Scan scan = new Scan();
            for (String relative : single != null ? List.of(single) : regularFiles(folder())) {
                if (single == null && NestedZips.isZip(relative)) {
                    for (String member : zips.extract(relative, folder().resolve(relative))) {
                        scan.file(member);
                    }
                } else {
                    scan.file(relative);
                }
            }
            if (scan.ndjson.isEmpty()) {
                throw SpyglassException.input(evidence + " holds no NDJSON intrusion log file: give the folder of "
                        + "the files exported by Android's Intrusion Logging, a zip of them, or one of them.");
            }
            this.listing = new DeviceFileList("/", scan.ndjson);
            this.deviceInfo = scan.facts();
            List<Warning> all = new ArrayList<>(archiveWarnings);
            all.addAll(zips.warnings());
            all.addAll(scan.warnings());
            this.warnings = List.copyOf(all);
        } catch (IOException | RuntimeException e) {
            zips.close();
            throw e;
        }
    }

    /**
     * Opens a folder, a zip or one NDJSON file of intrusion logs. Every refusal is a {@link SpyglassException} with
     * exit code INPUT_ERROR: missing, no NDJSON file (a file that is neither a zip nor NDJSON).
     */
    public static IntrusionLogSource open(Path given) throws IOException {
        if (!Files.exists(given)) {
            throw SpyglassException.input(given + " does not exist: give the folder of intrusion logs exported by "
                    + "Android's Intrusion Logging, or a zip of them.");
        }
        Path evidence = given.toRealPath();
        if (Files.isDirectory(evidence)) {
            return new IntrusionLogSource(evidence, evidence, null, List.of(), null);
        }
        ExtractedArchive archive;
        try {
            archive = ExtractedArchive.extract(evidence);
        } catch (NotAnArchiveException e) {
            return new IntrusionLogSource(evidence.getParent(), evidence, null, List.of(),
                    evidence.getFileName().toString());
        }
        try {
            return new IntrusionLogSource(archive.folder(), evidence, archive, archive.warnings(), null);
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    @Override
    protected Path hostPath(EvidenceFile file) throws IOException {
        String path = file.devicePath();
        if (!path.startsWith("/") || path.length() == 1) {
            throw new NoSuchFileException(path + " is not a path of these intrusion logs");
        }
        return folder().resolve(path.substring(1)).normalize();
    }

    @Override
    public InputStream open(EvidenceFile file) throws IOException {
        String relative = file.devicePath().substring(1);
        return zips.holds(relative) ? hashedAs(zips.open(relative), hashName(relative)) : super.open(file);
    }

    /**
     * Adds the SHA-256 of each zip read inside the logs; the members read from them are hashed as they are read,
     * named {@code zip!/member}.
     */
    @Override
    public Map<String, String> hashes() {
        Map<String, String> all = new TreeMap<>(super.hashes());
        zips.hashes().forEach((relative, sha256) -> all.put(hashName(relative), sha256));
        return Collections.unmodifiableMap(all);
    }

    /** How a file of the logs, or a member {@code zip!/member} of a zip in them, is named among the hashes. */
    private String hashName(String relative) {
        return extracted() ? root() + "!/" + relative : folder().resolve(relative).toString();
    }

    /** A single file was hashed whole when it was first read; a folder or a zip as {@link FolderSource} does. */
    @Override
    public void hashEverything(BiConsumer<Path, IOException> problems, BooleanSupplier cancelled) throws IOException {
        if (!single) {
            super.hashEverything(problems, cancelled);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            zips.close();
        } finally {
            super.close();
        }
    }

    @Override
    public Optional<EvidenceFile> file(String devicePath) {
        return listing.file(devicePath);
    }

    @Override
    public List<EvidenceFile> find(String devicePathGlob) {
        return listing.find(DeviceGlob.compile(devicePathGlob));
    }

    @Override
    public void forEachFile(Consumer<EvidenceFile> visitor) {
        listing.forEach(visitor);
    }

    @Override
    public Map<String, String> deviceInfo() {
        return deviceInfo;
    }

    @Override
    public List<Warning> warnings() {
        return warnings;
    }

    /** The streamed first reading of every file. */
    private final class Scan {
        private final List<String> ndjson = new ArrayList<>();
        private final List<Warning> fileWarnings = new ArrayList<>();
        private final Map<String, Long> counts = new TreeMap<>();
        private final Map<String, Long> unknown = new TreeMap<>();
        private final Map<String, String> unknownFirstFile = new TreeMap<>();

        void file(String relative) {
            String path = "/" + relative;
            try (InputStream in = zips.holds(relative) ? zips.open(relative)
                    : openHost(folder().resolve(relative), path)) {
                read(new TextLines(in), relative, path);
            } catch (IOException e) {
                fileWarnings.add(new Warning(WARNING_MODULE, path, "the file could not be read: " + e.getMessage()));
            }
        }

        private void read(TextLines text, String relative, String path) throws IOException {
            long bad = 0;
            long firstBad = 0;
            boolean started = false;
            for (String line = text.next(); line != null; line = text.next()) {
                if (line.isBlank()) {
                    continue;
                }
                Optional<IntrusionLine> event = IntrusionLine.parse(line);
                if (!started && event.isEmpty() && !line.strip().startsWith("{")) {
                    fileWarnings.add(new Warning(WARNING_MODULE, path, "the file is not NDJSON (its first line is "
                            + "not a JSON object) and was skipped"));
                    return;
                }
                started = true;
                if (event.isEmpty()) {
                    bad++;
                    firstBad = firstBad == 0 ? text.number() : firstBad;
                } else if (IntrusionLine.TYPES.contains(event.get().type())) {
                    counts.merge(event.get().type(), 1L, Long::sum);
                } else {
                    unknown.merge(event.get().type(), 1L, Long::sum);
                    unknownFirstFile.putIfAbsent(event.get().type(), path);
                }
            }
            ndjson.add(relative);
            if (bad > 0) {
                fileWarnings.add(new Warning(WARNING_MODULE, path, String.format(Locale.ROOT, "%d line(s) are not "
                        + "one JSON event (cut in half, or not JSON) and were skipped, the first at line %d", bad,
                        firstBad)));
            }
        }

        List<Warning> warnings() {
            List<Warning> all = new ArrayList<>(fileWarnings);
            unknown.forEach((type, count) -> all.add(new Warning(WARNING_MODULE, unknownFirstFile.get(type),
                    String.format(Locale.ROOT, "%d event(s) of the unknown type \"%s\" were skipped (a newer "
                            + "Android version may write it)", count, type))));
            return all;
        }

        Map<String, String> facts() {
            Map<String, String> facts = new TreeMap<>();
            facts.put("intrusion_log_files", Integer.toString(ndjson.size()));
            for (String type : IntrusionLine.TYPES) {
                facts.put(type + "s", Long.toString(counts.getOrDefault(type, 0L)));
            }
            return Collections.unmodifiableMap(facts);
        }
    }
}
