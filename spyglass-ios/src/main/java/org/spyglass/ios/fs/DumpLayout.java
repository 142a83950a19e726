package org.spyglass.ios.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spyglass.core.SpyglassException;

/**
 * Where a dump's files lie on the host. Device paths are canonical: iOS reaches {@code /var}, {@code /tmp} and
 * {@code /etc} through links to {@code /private/var}, {@code /private/tmp} and {@code /private/etc}, so look-ups
 * accept both spellings and answer with the {@code /private} one. On the host, a dump may spell those folders
 * either way: {@code private/var/...} as on the device, or {@code var/...} as a real folder (some extraction tools
 * write it so). Both are read as {@code /private/var}; when both hold the same file, the {@code private/} copy is
 * the one read. A top-level {@code var} that is a link (as on the device) is never followed.
 */
final class DumpLayout {
    private static final List<String> LINKED = List.of("var", "tmp", "etc");
    private static final String PRIVATE = "/private/";

    private final Path root;

    DumpLayout(Path root) {
        this.root = root;
    }

    /**
     * The dump root for the folder the user gave: the folder itself when it holds {@code private/var} or
     * {@code var}, else its only sub-folder when that one does (an archive often wraps the dump in one folder).
     */
    static Path locate(Path given) throws IOException {
        if (!Files.exists(given)) {
            throw SpyglassException.input(given + " does not exist. Point to the folder of an iOS filesystem dump "
                    + "(the one that holds private/var), or to a tar or zip of it.");
        }
        return find(given).orElseThrow(() -> SpyglassException.input(given + " does not look like an iOS "
                + "filesystem dump: it holds no private/var (or var) folder. Point to the root of the dump, the "
                + "folder that holds private/var."));
    }

    /** The dump root in {@code folder} as {@link #locate} finds it, if there is one. */
    static Optional<Path> find(Path folder) throws IOException {
        if (looksLikeRoot(folder)) {
            return Optional.of(folder);
        }
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                if (!child.getFileName().toString().startsWith(".")
                        && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(child);
                }
            }
        }
        return folders.size() == 1 && looksLikeRoot(folders.get(0)) ? Optional.of(folders.get(0)) : Optional.empty();
    }

    private static boolean looksLikeRoot(Path folder) {
        return Files.isDirectory(folder.resolve("private").resolve("var"), LinkOption.NOFOLLOW_LINKS)
                || Files.isDirectory(folder.resolve("var"), LinkOption.NOFOLLOW_LINKS);
    }

    /** A device path with {@code /var}, {@code /tmp} and {@code /etc} spelled as under {@code /private}. */
    static String canonical(String devicePath) {
        for (String linked : LINKED) {
            String top = "/" + linked;
            if (devicePath.equals(top) || devicePath.startsWith(top + "/")) {
                return "/private" + devicePath;
            }
        }
        return devicePath;
    }

    /** The host paths that may hold a canonical device path, in the order they are preferred. */
    List<Path> hostCandidates(String canonicalPath) {
        String relative = canonicalPath.substring(1);
        Path primary = relative.isEmpty() ? root : root.resolve(relative);
        for (String linked : LINKED) {
            String top = PRIVATE + linked;
            if (canonicalPath.equals(top) || canonicalPath.startsWith(top + "/")) {
                return List.of(primary, root.resolve(canonicalPath.substring(PRIVATE.length())));
            }
        }
        return List.of(primary);
    }

    /** The canonical device path of a host path under the root. */
    String devicePath(Path host) {
        String relative = root.relativize(host).toString().replace(host.getFileSystem().getSeparator(), "/");
        return canonical("/" + relative);
    }

    /**
     * True for a host path spelled with a top-level {@code var}, {@code tmp} or {@code etc} folder whose
     * {@code private/} spelling also exists: that one is read instead.
     */
    boolean shadowed(Path host) {
        Path relative = root.relativize(host);
        if (relative.getNameCount() == 0 || !LINKED.contains(relative.getName(0).toString())) {
            return false;
        }
        return Files.exists(root.resolve("private").resolve(relative), LinkOption.NOFOLLOW_LINKS);
    }
}
