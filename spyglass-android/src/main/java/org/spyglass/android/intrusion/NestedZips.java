package org.spyglass.android.intrusion;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.spyglass.core.archive.Limits;
import org.spyglass.core.archive.NotAnArchiveException;
import org.spyglass.core.module.Warning;
import org.spyglass.core.source.ExtractedArchive;
import org.spyglass.core.source.Source;

/**
 * The zips found inside a folder of intrusion logs (exports are often zipped per day), each extracted with
 * {@link ExtractedArchive} into a private scratch folder of its own, one level only: a zip inside such a zip is a
 * warning, not read. Bounded: at most {@value #MAX_ZIPS} zips, each within {@link #LIMITS}; what is refused is a
 * warning. {@link #close()} removes every extraction. Not thread-safe while zips are added; reading is.
 */
final class NestedZips implements Closeable {
    /** How many zips inside the logs are read; the others are warnings. */
    static final int MAX_ZIPS = 32;
    /** Each nested zip's share: 2 GiB and 100,000 members at most (with the default expansion-ratio guard). */
    static final Limits LIMITS = new Limits(2L << 30, 100_000, 100, 64L << 20);

    private final Map<String, ExtractedArchive> zips = new TreeMap<>();
    private final List<Warning> warnings = new ArrayList<>();

    /** True when the path names a zip by its name. */
    static boolean isZip(String relative) {
        return relative.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Extracts the zip at {@code host} ({@code relative} inside the logs) and returns its regular files as
     * {@code relative!/member}, sorted; empty when it is refused (a warning says why).
     */
    List<String> extract(String relative, Path host) throws IOException {
        String label = "/" + relative;
        if (zips.size() == MAX_ZIPS) {
            warnings.add(new Warning(Source.WARNING_MODULE, label, "more than " + MAX_ZIPS + " zips inside the "
                    + "intrusion logs: this one is not read; extract it and check its folder on its own"));
            return List.of();
        }
        ExtractedArchive archive;
        try {
            archive = ExtractedArchive.extract(host, LIMITS);
        } catch (NotAnArchiveException e) {
            warnings.add(new Warning(Source.WARNING_MODULE, label, "named .zip but not a zip: not read"));
            return List.of();
        } catch (IOException e) {
            warnings.add(new Warning(Source.WARNING_MODULE, label, "the zip inside the intrusion logs could not be "
                    + "read: " + e.getMessage()));
            return List.of();
        }
        zips.put(relative, archive);
        archive.warnings().forEach(w -> warnings.add(new Warning(w.module(), label + "!/" + w.location(),
                w.message())));
        List<String> members = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(archive.folder())) {
            for (Path path : paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String member = archive.folder().relativize(path).toString().replace('\\', '/');
                if (isZip(member)) {
                    warnings.add(new Warning(Source.WARNING_MODULE, label + "!/" + member, "a zip inside a zip of "
                            + "the intrusion logs is not read (one level only): extract it and check it on its own"));
                } else {
                    members.add(relative + "!/" + member);
                }
            }
        }
        return members;
    }

    /** True when {@code relative} is a member of an extracted zip ({@code zip!/member}). */
    boolean holds(String relative) {
        int bang = relative.indexOf("!/");
        return bang > 0 && zips.containsKey(relative.substring(0, bang));
    }

    /** Opens a member ({@code zip!/member}) of an extracted zip for reading. */
    InputStream open(String relative) throws IOException {
        int bang = relative.indexOf("!/");
        ExtractedArchive archive = bang > 0 ? zips.get(relative.substring(0, bang)) : null;
        if (archive == null) {
            throw new NoSuchFileException(relative + " is not a member of a zip inside the intrusion logs");
        }
        Path host = archive.folder().resolve(relative.substring(bang + 2)).normalize();
        if (!host.startsWith(archive.folder()) || !Files.isRegularFile(host, LinkOption.NOFOLLOW_LINKS)
                || !host.toRealPath().startsWith(archive.folder())) {
            throw new NoSuchFileException(relative + " is not a file of its zip's extraction");
        }
        return Files.newInputStream(host, StandardOpenOption.READ);
    }

    /** The SHA-256 of each zip read, by its path inside the logs. */
    Map<String, String> hashes() {
        Map<String, String> hashes = new TreeMap<>();
        zips.forEach((relative, archive) -> hashes.put(relative, archive.sha256()));
        return hashes;
    }

    List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ExtractedArchive archive : zips.values()) {
            try {
                archive.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
