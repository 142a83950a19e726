package org.spyglass.ios.sysdiagnose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.archive.NotAnArchiveException;
import org.spyglass.core.archive.SafeExtractor;
import org.spyglass.core.module.Warning;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.ExtractedArchive;
import org.spyglass.core.source.FolderSource;
import org.spyglass.core.source.SourceKind;

/**
 * A sysdiagnose, as the {@code sysdiagnose_*.tar.gz} the phone writes or as a folder already extracted. An archive
 * is extracted with {@link SafeExtractor} into a private scratch folder, removed by {@link #close()}; the archive
 * itself is only read, and hashed whole. Files are addressed as {@link SysdiagnosePaths} says: {@code /sysdiagnose/}
 * plus their path inside the sysdiagnose folder (the one top-level folder of the archive, when there is one), and
 * the shutdown logs also by their device path. The device's UTC offset comes from the sysdiagnose's name, or, when
 * the archive was renamed, from the archive name {@value #LOG} records.
 *
 * <p>{@link #root()} is the evidence as given (the archive or the folder). Thread-safe.
 */
public final class SysdiagnoseSource extends FolderSource {
    /** Files one of which every sysdiagnose holds; a folder with none of them is not a sysdiagnose. */
    static final List<String> MARKERS = List.of("sysdiagnose.log", "ps.txt", "system_logs.logarchive",
            "crashes_and_spins", "logs", "remotectl_dumpstate.txt");

    /** The sysdiagnose's own log, which names the archive it writes when its name is lost. */
    static final String LOG = "sysdiagnose.log";
    static final int MAX_LOG_BYTES = 1024 * 1024;

    private final Path content;
    private final List<String> files;
    private final Map<String, String> deviceInfo;
    private final List<Warning> warnings;

    private SysdiagnoseSource(Path folder, Path evidence, Path content, ExtractedArchive extraction,
                              List<Warning> warnings) throws IOException {
        super(SourceKind.IOS_SYSDIAGNOSE, folder, evidence, extraction);
        this.content = content.toRealPath();
        this.files = regularFiles(this.content);
        List<Warning> all = new ArrayList<>(warnings);
        Optional<SysdiagnoseName> name = Stream.of(content.getFileName(), evidence.getFileName())
                .map(String::valueOf).map(SysdiagnoseName::parse).flatMap(Optional::stream).findFirst();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("sysdiagnose_name", (extraction == null ? content : evidence).getFileName().toString());
        if (name.isEmpty()) {
            name = nameInLog(all);
            name.ifPresent(n -> facts.put("time_zone_from", LOG));
        }
        name.ifPresentOrElse(n -> facts.putAll(n.facts()), () -> all.add(new Warning(WARNING_MODULE,
                evidence.toString(), "the device's time zone is unknown: neither the archive nor its folder is "
                + "named sysdiagnose_YYYY.MM.DD_HH-MM-SS±ZZZZ_..., as iOS names them, and " + LOG
                + " names no such archive")));
        this.deviceInfo = Collections.unmodifiableMap(facts);
        this.warnings = List.copyOf(all);
    }

    /**
     * The sysdiagnose name {@value #LOG} records (the archive it was writing), read from its first
     * {@value #MAX_LOG_BYTES} bytes; empty when there is no log or it names none. A log that cannot be read is a
     * warning.
     */
    private Optional<SysdiagnoseName> nameInLog(List<Warning> warnings) {
        Path log = content.resolve(LOG);
        if (!Files.isRegularFile(log, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = openHost(log, LOG)) {
            return SysdiagnoseName.find(new String(in.readNBytes(MAX_LOG_BYTES), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            warnings.add(new Warning(WARNING_MODULE, LOG, "the log could not be read for the device's time zone: "
                    + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Opens a sysdiagnose archive (zip, tar or tar.gz, recognised by content) or folder. Every refusal is a
     * {@link SpyglassException} with exit code INPUT_ERROR: missing, not an archive, not a sysdiagnose.
     */
    public static SysdiagnoseSource open(Path given) throws IOException {
        if (!Files.exists(given)) {
            throw SpyglassException.input(given + " does not exist: give the sysdiagnose_*.tar.gz the phone made, "
                    + "or the folder it was extracted to.");
        }
        Path evidence = given.toRealPath();
        if (Files.isDirectory(evidence)) {
            Path content = contentFolder(evidence);
            requireSysdiagnose(content, evidence);
            return new SysdiagnoseSource(evidence, evidence, content, null, List.of());
        }
        ExtractedArchive archive;
        try {
            archive = ExtractedArchive.extract(evidence);
        } catch (NotAnArchiveException e) {
            throw SpyglassException.input(evidence + " is neither a folder nor a sysdiagnose archive (zip, tar or "
                    + "tar.gz): give the sysdiagnose_*.tar.gz the phone made.", e);
        }
        try {
            Path content = contentFolder(archive.folder());
            requireSysdiagnose(content, evidence);
            return new SysdiagnoseSource(archive.folder(), evidence, content, archive, archive.warnings());
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    /** The one folder the sysdiagnose sits in, when the given folder holds only that; else the folder itself. */
    private static Path contentFolder(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> all = children.toList();
            if (all.size() == 1 && Files.isDirectory(all.get(0), LinkOption.NOFOLLOW_LINKS)
                    && MARKERS.stream().noneMatch(m -> all.get(0).getFileName().toString().equals(m))) {
                return all.get(0);
            }
            return folder;
        }
    }

    private static void requireSysdiagnose(Path content, Path evidence) {
        if (MARKERS.stream().noneMatch(marker -> Files.exists(content.resolve(marker), LinkOption.NOFOLLOW_LINKS))) {
            throw SpyglassException.input(evidence + " does not look like a sysdiagnose: it holds none of "
                    + String.join(", ", MARKERS) + ". Give the sysdiagnose_*.tar.gz the phone made, or the folder "
                    + "it was extracted to.");
        }
    }

    @Override
    protected Path hostPath(EvidenceFile file) throws IOException {
        String relative = SysdiagnosePaths.relative(file.devicePath()).orElseThrow(() ->
                new NoSuchFileException(file.devicePath() + " is not a path of this sysdiagnose"));
        return content.resolve(relative).normalize();
    }

    @Override
    public Optional<EvidenceFile> file(String devicePath) {
        return SysdiagnosePaths.relative(devicePath)
                .filter(relative -> Collections.binarySearch(files, relative) >= 0)
                .map(relative -> new EvidenceFile(devicePath, null, null, null));
    }

    @Override
    public List<EvidenceFile> find(String devicePathGlob) {
        DeviceGlob glob = DeviceGlob.compile(devicePathGlob);
        List<EvidenceFile> found = new ArrayList<>();
        for (String relative : files) {
            for (String devicePath : SysdiagnosePaths.devicePaths(relative)) {
                if (glob.matches(devicePath)) {
                    found.add(new EvidenceFile(devicePath, null, null, null));
                }
            }
        }
        return found;
    }

    @Override
    public void forEachFile(Consumer<EvidenceFile> visitor) {
        for (String relative : files) {
            visitor.accept(new EvidenceFile(SysdiagnosePaths.devicePaths(relative).get(0), null, null, null));
        }
    }

    @Override
    public Map<String, String> deviceInfo() {
        return deviceInfo;
    }

    @Override
    public List<Warning> warnings() {
        return warnings;
    }
}
