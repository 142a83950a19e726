package org.spyglass.android.bugreport;

import java.io.IOException;
import java.io.InputStream;
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
import org.spyglass.android.dumpsys.DeviceTimes;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.archive.NotAnArchiveException;
import org.spyglass.core.module.Warning;
import org.spyglass.core.source.DeviceFileList;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.ExtractedArchive;
import org.spyglass.core.source.FolderSource;
import org.spyglass.core.source.SourceKind;

/**
 * An Android bugreport ({@code adb bugreport}), as the zip it writes or as a folder already extracted. A zip is
 * extracted with {@link ExtractedArchive} into a private scratch folder, removed by {@link #close()}; the zip itself
 * is only read, and hashed whole. Files are named by their path inside the bugreport with a leading {@code /}
 * ({@code /main_entry.txt}, {@code /FS/data/...}); when the zip holds a single top folder, paths start inside it.
 *
 * <p>The main dumpstate text, which the dumpsys modules read, is found as {@link DumpstateText} says and is also
 * named {@value #DUMPSTATE}, so that modules can declare it whatever its real name. {@link #deviceInfo()} holds the
 * facts of {@link DumpstateFacts}. {@link #root()} is the evidence as given. Thread-safe.
 */
public final class BugreportSource extends FolderSource {
    /** The name under which the main dumpstate text is also listed. */
    public static final String DUMPSTATE = "/(dumpstate)";

    private final Path content;
    private final DeviceFileList listing;
    private final String dumpstate;
    private final Map<String, String> deviceInfo;
    private final List<Warning> warnings;

    private BugreportSource(Path folder, Path evidence, Path content, ExtractedArchive extraction, String dumpstate,
                            List<Warning> warnings) throws IOException {
        super(SourceKind.ANDROID_BUGREPORT, folder, evidence, extraction);
        this.content = content.toRealPath();
        this.listing = new DeviceFileList("/", regularFiles(this.content));
        this.dumpstate = dumpstate;
        List<Warning> all = new ArrayList<>(warnings);
        Map<String, String> facts;
        try (InputStream in = openHost(this.content.resolve(dumpstate), dumpstate)) {
            facts = DumpstateFacts.read(in, dumpstate);
        } catch (IOException e) {
            all.add(new Warning(WARNING_MODULE, "/" + dumpstate, "the dumpstate text could not be read for the "
                    + "device's facts: " + e.getMessage()));
            facts = Map.of("dumpstate_file", dumpstate);
        }
        if (!facts.containsKey(DumpstateFacts.TIME_ZONE)) {
            all.add(new Warning(WARNING_MODULE, "/" + dumpstate, "the device's time zone is unknown (no "
                    + "persist.sys.timezone in the getprop block): times stay device-local wall-clock times"));
        }
        Map<String, String> based = new LinkedHashMap<>(facts);
        based.put(DeviceTimes.TIME_BASIS, DeviceTimes.basis(facts.get(DumpstateFacts.TIME_ZONE)));
        this.deviceInfo = Collections.unmodifiableMap(based);
        this.warnings = List.copyOf(all);
    }

    /**
     * Opens a bugreport zip or folder. Every refusal is a {@link SpyglassException} with exit code INPUT_ERROR:
     * missing, not an archive, no dumpstate text.
     */
    public static BugreportSource open(Path given) throws IOException {
        if (!Files.exists(given)) {
            throw SpyglassException.input(given + " does not exist: give the bugreport zip that adb bugreport "
                    + "wrote, or the folder it was extracted to.");
        }
        Path evidence = given.toRealPath();
        if (Files.isDirectory(evidence)) {
            Path content = contentFolder(evidence);
            return new BugreportSource(evidence, evidence, content, null, requireDumpstate(content, evidence),
                    List.of());
        }
        ExtractedArchive archive;
        try {
            archive = ExtractedArchive.extract(evidence);
        } catch (NotAnArchiveException e) {
            throw SpyglassException.input(evidence + " is neither a folder nor a bugreport zip: give the zip that "
                    + "adb bugreport wrote, or the folder it was extracted to.", e);
        }
        try {
            Path content = contentFolder(archive.folder());
            return new BugreportSource(archive.folder(), evidence, content, archive,
                    requireDumpstate(content, evidence), archive.warnings());
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    private static String requireDumpstate(Path content, Path evidence) throws IOException {
        return DumpstateText.find(content).orElseThrow(() -> SpyglassException.input(evidence + " does not look "
                + "like a bugreport: it holds no main_entry.txt, dumpState_*.log, */dumpsys.txt or bugreport-*.txt. "
                + "Give the zip that adb bugreport wrote, or the folder it was extracted to."));
    }

    /** The one folder the bugreport sits in, when the given folder holds only that; else the folder itself. */
    private static Path contentFolder(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> all = children.toList();
            if (all.size() == 1 && Files.isDirectory(all.get(0), LinkOption.NOFOLLOW_LINKS)
                    && DumpstateText.find(all.get(0)).isPresent()) {
                return all.get(0);
            }
            return folder;
        }
    }

    /** The path inside the bugreport of the main dumpstate text, without a leading {@code /}. */
    public String dumpstatePath() {
        return dumpstate;
    }

    @Override
    protected Path hostPath(EvidenceFile file) throws IOException {
        String path = file.devicePath();
        if (path.equals(DUMPSTATE)) {
            return content.resolve(dumpstate);
        }
        if (!path.startsWith("/") || path.length() == 1) {
            throw new NoSuchFileException(path + " is not a path of this bugreport");
        }
        return content.resolve(path.substring(1)).normalize();
    }

    @Override
    public Optional<EvidenceFile> file(String devicePath) {
        if (devicePath.equals(DUMPSTATE)) {
            return Optional.of(new EvidenceFile(devicePath, null, null, null));
        }
        return listing.file(devicePath);
    }

    @Override
    public List<EvidenceFile> find(String devicePathGlob) {
        DeviceGlob glob = DeviceGlob.compile(devicePathGlob);
        List<EvidenceFile> found = new ArrayList<>();
        if (glob.matches(DUMPSTATE)) {
            found.add(new EvidenceFile(DUMPSTATE, null, null, null));
        }
        found.addAll(listing.find(glob));
        return found;
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
}
