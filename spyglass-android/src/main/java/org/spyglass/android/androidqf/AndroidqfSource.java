package org.spyglass.android.androidqf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.archive.NotAnArchiveException;
import org.spyglass.core.source.DeviceFileList;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.ExtractedArchive;
import org.spyglass.core.source.FolderSource;
import org.spyglass.core.source.SourceKind;

/**
 * An AndroidQF acquisition, as the folder AndroidQF writes or a zip of it, read-only. Files are named by their path
 * inside the acquisition under {@value #PREFIX}: {@code /androidqf/packages.json}, {@code /androidqf/logs/x.log}.
 * The acquisition is the given folder, or its one sub-folder when that is all it holds (AndroidQF writes a
 * {@code <uuid>/} folder, and zips usually keep it). A zip is extracted with
 * {@link org.spyglass.core.archive.SafeExtractor} into a private scratch folder removed by {@link #close()}; the zip
 * is only read and hashed whole, files read are hashed as {@code archive!/member}, and refused members are
 * {@link #warnings()}. {@link #deviceInfo()} holds the device's time zone ({@code persist.sys.timezone}) and
 * security patch level from {@code getprop.txt}. Thread-safe.
 */
public final class AndroidqfSource extends FolderSource {
    /** The device-path prefix of every file of the acquisition. */
    public static final String PREFIX = "/androidqf/";

    /** The {@link #deviceInfo()} key of when the acquisition started: an ISO-8601 instant in UTC. */
    public static final String ACQUISITION_STARTED = "acquisition_started";

    /** Files one of which every AndroidQF acquisition holds. */
    static final List<String> MARKERS = List.of("packages.json", "getprop.txt", "ps.txt", "acquisition.json",
            "settings_secure.txt", "settings_global.txt", "settings_system.txt", "files.json", "dumpsys.txt");

    private final Path content;
    private final List<String> files;
    private final DeviceFileList listing;
    private final Map<String, String> deviceInfo;

    private AndroidqfSource(Path folder, Path evidence, Path content, ExtractedArchive extraction) throws IOException {
        super(SourceKind.ANDROID_ANDROIDQF, folder, evidence, extraction);
        this.content = content.toRealPath();
        this.files = regularFiles(this.content);
        this.listing = new DeviceFileList(PREFIX, files);
        this.deviceInfo = Collections.unmodifiableMap(AcquisitionFacts.read(this, evidence));
    }

    /**
     * Opens an AndroidQF acquisition folder or zip. Every refusal is a {@link SpyglassException} with exit code
     * INPUT_ERROR: missing, not a folder nor an archive, not an acquisition.
     */
    public static AndroidqfSource open(Path given) throws IOException {
        if (!Files.exists(given)) {
            throw SpyglassException.input(given + " does not exist: give the folder AndroidQF wrote, or a zip of it.");
        }
        Path evidence = given.toRealPath();
        if (Files.isDirectory(evidence)) {
            Path content = contentFolder(evidence);
            requireAcquisition(content, evidence);
            return new AndroidqfSource(evidence, evidence, content, null);
        }
        ExtractedArchive archive;
        try {
            archive = ExtractedArchive.extract(evidence);
        } catch (NotAnArchiveException e) {
            throw SpyglassException.input(evidence + " is neither a folder nor a zip: give the folder AndroidQF "
                    + "wrote, or a zip of it.", e);
        }
        try {
            Path content = contentFolder(archive.folder());
            requireAcquisition(content, evidence);
            return new AndroidqfSource(archive.folder(), evidence, content, archive);
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private static Path contentFolder(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> all = children.toList();
            if (all.size() == 1 && Files.isDirectory(all.get(0), LinkOption.NOFOLLOW_LINKS)) {
                return all.get(0);
            }
            return folder;
        }
    }

    private static void requireAcquisition(Path content, Path evidence) {
        if (MARKERS.stream().noneMatch(marker -> Files.exists(content.resolve(marker), LinkOption.NOFOLLOW_LINKS))) {
            throw SpyglassException.input(evidence + " does not look like an AndroidQF acquisition: it holds none of "
                    + String.join(", ", MARKERS) + ", neither at its top nor in its only folder.");
        }
    }

    @Override
    protected Path hostPath(EvidenceFile file) throws IOException {
        String path = file.devicePath();
        if (!path.startsWith(PREFIX)) {
            throw new NoSuchFileException(path + " is not a path of this acquisition");
        }
        return content.resolve(path.substring(PREFIX.length())).normalize();
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

    /**
     * The host path of a file or folder at the top of the acquisition ({@code bugreport.zip}, {@code backup.ab},
     * {@code intrusion_logs}), for a second check of that nested evidence while this source is open; empty when the
     * acquisition does not hold it (a folder must hold at least one file). It is evidence: only read it (for a zip
     * acquisition it lies in this source's scratch folder and goes away on {@link #close()}).
     */
    public Optional<Path> nested(String name) {
        if (name.isEmpty() || name.contains("/")) {
            return Optional.empty();
        }
        boolean held = Collections.binarySearch(files, name) >= 0
                || files.stream().anyMatch(file -> file.startsWith(name + "/"));
        return held ? Optional.of(content.resolve(name)) : Optional.empty();
    }

    @Override
    public Map<String, String> deviceInfo() {
        return deviceInfo;
    }
}
