package org.spyglass.ios.fs;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.archive.NotAnArchiveException;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.ExtractedArchive;
import org.spyglass.core.source.FolderSource;
import org.spyglass.core.source.SourceKind;

/**
 * A full filesystem dump of an iPhone as a folder on the host, read-only: a tree rooted at the device's {@code /}
 * ({@code private/var/mobile/...}). The device path of a file is {@code "/"} plus its path in the dump, with
 * {@code /var}, {@code /tmp} and {@code /etc} spelled {@code /private/...} (look-ups accept both; see
 * {@link DumpLayout} for a dump that spells them {@code var/...}). Links inside the dump are never followed.
 *
 * <p>{@link #find} starts at the glob's literal prefix and lists only the folders its wildcards apply to, so a
 * look-up costs the same on a dump of millions of files as on a small one; {@link #forEachFile} and {@link #walk}
 * stream.
 *
 * <p>A tar, tar.gz or zip of a dump is extracted with {@link org.spyglass.core.archive.SafeExtractor} into a private
 * scratch folder (see {@link ExtractedArchive}), read as a dump folder, and removed by {@link #close()}; the archive
 * is only read and hashed whole, {@link #root()} names it, the files read are hashed as {@code archive!/member},
 * and members refused by the extraction are {@link #warnings()}. Thread-safe.
 */
public final class FilesystemDumpSource extends FolderSource {
    /** Where iOS states its version and build. */
    public static final String SYSTEM_VERSION = "/System/Library/CoreServices/SystemVersion.plist";

    private final DumpLayout layout;
    private final DumpFinder finder;
    private Map<String, String> deviceInfo = Map.of();

    private FilesystemDumpSource(Path root, Path evidence, ExtractedArchive extraction) throws IOException {
        super(SourceKind.IOS_FILESYSTEM, root, evidence, extraction);
        this.layout = new DumpLayout(folder());
        this.finder = new DumpFinder(layout);
    }

    /**
     * Opens the dump in {@code given}: the folder holding {@code private/var} (or {@code var}), or a folder whose
     * only sub-folder is one, or a zip, tar or tar.gz archive of such a folder (recognised by content). Anything
     * else is a {@link SpyglassException} (exit code INPUT_ERROR) saying what to point to.
     */
    public static FilesystemDumpSource open(Path given) throws IOException {
        if (Files.exists(given) && !Files.isDirectory(given)) {
            return openArchive(given.toRealPath());
        }
        Path root = DumpLayout.locate(given);
        return withDeviceInfo(new FilesystemDumpSource(root, root.toRealPath(), null));
    }

    private static FilesystemDumpSource openArchive(Path archive) throws IOException {
        ExtractedArchive extracted;
        try {
            extracted = ExtractedArchive.extract(archive);
        } catch (NotAnArchiveException e) {
            throw SpyglassException.input(archive + " is neither a folder nor a zip, tar or tar.gz archive: point to "
                    + "the folder of an iOS filesystem dump (the one that holds private/var) or to an archive of it.",
                    e);
        }
        try {
            Path root = DumpLayout.find(extracted.folder()).orElseThrow(() -> SpyglassException.input(archive
                    + " does not look like an archive of an iOS filesystem dump: it holds no private/var (or var) "
                    + "folder, neither at its top nor in its only top-level folder."));
            return withDeviceInfo(new FilesystemDumpSource(root, archive, extracted));
        } catch (IOException | RuntimeException e) {
            extracted.close();
            throw e;
        }
    }

    private static FilesystemDumpSource withDeviceInfo(FilesystemDumpSource source) throws IOException {
        source.deviceInfo = source.readDeviceInfo();
        return source;
    }

    @Override
    public Optional<EvidenceFile> file(String devicePath) {
        String canonical = DumpLayout.canonical(devicePath);
        for (Path host : layout.hostCandidates(canonical)) {
            if (Files.isRegularFile(host, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(new EvidenceFile(canonical, null, null, null));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<EvidenceFile> find(String devicePathGlob) {
        DeviceGlob glob = DeviceGlob.compile(DumpLayout.canonical(devicePathGlob));
        if (glob.isLiteral()) {
            return file(glob.toString()).map(List::of).orElse(List.of());
        }
        return finder.find(glob, DumpEntry.Type.FILE).keySet().stream()
                .map(path -> new EvidenceFile(path, null, null, null)).toList();
    }

    /**
     * The entries (files, folders, links) directly inside every folder matching {@code folderGlob}, in path order;
     * for artifacts that are folder names, such as WebKit's per-site storage. Folders that cannot be listed are
     * passed over.
     */
    public List<DumpEntry> list(String folderGlob) {
        List<DumpEntry> entries = new ArrayList<>();
        DeviceGlob glob = DeviceGlob.compile(DumpLayout.canonical(folderGlob));
        finder.find(glob, DumpEntry.Type.DIRECTORY).forEach((folder, host) -> {
            try {
                for (Path child : DumpWalker.sortedChildren(host)) {
                    BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    entries.add(new DumpEntry(folder + "/" + child.getFileName(), DumpWalker.type(attributes),
                            attributes.lastModifiedTime().toInstant(), attributes.size()));
                }
            } catch (IOException unreadable) {
                // passed over, as find does: the filesystem module reports unreadable folders
            }
        });
        return entries;
    }

    /**
     * Visits every regular file of the dump in path order. Folders that cannot be listed are skipped, and reported
     * together at the end as an {@link IOException} once every other file was visited.
     */
    @Override
    public void forEachFile(Consumer<EvidenceFile> visitor) throws IOException {
        List<String> unreadable = new ArrayList<>();
        IOException[] first = new IOException[1];
        walk(entry -> {
            if (entry.type() == DumpEntry.Type.FILE) {
                visitor.accept(new EvidenceFile(entry.devicePath(), null, null, null));
            }
        }, (path, e) -> {
            unreadable.add(path);
            if (first[0] == null) {
                first[0] = e;
            }
        }, () -> false);
        if (first[0] != null) {
            throw new IOException(unreadable.size() + " folder(s) of the dump could not be read, the first "
                    + unreadable.get(0) + ": " + first[0].getMessage(), first[0]);
        }
    }

    /**
     * Visits every entry of the dump (files, folders, links, others) in path order, each folder just before its
     * content, streaming: memory does not grow with the number of files.
     *
     * @param problems  told the device path of each entry or folder that could not be read; the walk goes on
     * @param cancelled checked between entries; the walk stops when it returns true
     */
    public void walk(Consumer<DumpEntry> visitor, BiConsumer<String, IOException> problems,
                     BooleanSupplier cancelled) {
        new DumpWalker(layout).walk(folder(), visitor, problems, cancelled);
    }

    /** Facts from {@code SystemVersion.plist} when the dump holds it, and the dump's root folder. */
    @Override
    public Map<String, String> deviceInfo() {
        return deviceInfo;
    }

    @Override
    protected Path hostPath(EvidenceFile file) {
        List<Path> candidates = layout.hostCandidates(DumpLayout.canonical(file.devicePath()));
        for (Path host : candidates) {
            if (Files.exists(host, LinkOption.NOFOLLOW_LINKS)) {
                return host;
            }
        }
        return candidates.get(0);
    }

    private Map<String, String> readDeviceInfo() throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("dump_root", root().toString());
        Optional<EvidenceFile> version = file(SYSTEM_VERSION);
        if (version.isPresent()) {
            try (InputStream in = open(version.get())) {
                NSDictionary plist = Plists.parseDictionary(in);
                put(facts, "product_name", plist.get("ProductName"));
                put(facts, "ios_version", plist.get("ProductVersion"));
                put(facts, "build_version", plist.get("ProductBuildVersion"));
            } catch (PlistException e) {
                facts.put("system_version_problem", SYSTEM_VERSION + " could not be read: " + e.getMessage());
            }
        }
        return Collections.unmodifiableMap(facts);
    }

    private static void put(Map<String, String> facts, String key, NSObject value) {
        if (value != null) {
            facts.put(key, value.toJavaObject().toString());
        }
    }
}
