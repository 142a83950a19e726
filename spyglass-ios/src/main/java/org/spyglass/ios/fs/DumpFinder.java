package org.spyglass.ios.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spyglass.core.source.DeviceGlob;

/**
 * Resolves a device-path glob on a dump without walking the whole tree: it starts at the folder the glob's literal
 * prefix names, resolves literal components directly, lists only the folders a {@code *} component applies to, and
 * walks a subtree only from a {@code **} component on. Links are never followed.
 */
final class DumpFinder {
    private final DumpLayout layout;
    private final DumpWalker walker;

    DumpFinder(DumpLayout layout) {
        this.layout = layout;
        this.walker = new DumpWalker(layout);
    }

    /**
     * The entries of {@code type} (files or folders) matching {@code glob} (canonical): canonical device path →
     * host path, sorted by device path. A folder that cannot be listed is passed over: the {@code filesystem} module
     * reports such folders.
     */
    Map<String, Path> find(DeviceGlob glob, DumpEntry.Type type) {
        String text = glob.toString();
        String prefix = glob.literalPrefix();
        int slash = prefix.lastIndexOf('/');
        String folder = prefix.substring(0, slash);
        String[] parts = text.substring(slash + 1).split("/", -1);
        Map<String, Path> found = new TreeMap<>();
        for (Path host : layout.hostCandidates(folder.isEmpty() ? "/" : folder)) {
            if (Files.isDirectory(host, LinkOption.NOFOLLOW_LINKS)) {
                new Search(glob, parts, type, found).match(host, folder, 0);
            }
        }
        return found;
    }

    /** One glob resolved from one host folder. */
    private final class Search {
        private final DeviceGlob glob;
        private final String[] parts;
        private final DumpEntry.Type type;
        private final Map<String, Path> found;

        Search(DeviceGlob glob, String[] parts, DumpEntry.Type type, Map<String, Path> found) {
            this.glob = glob;
            this.parts = parts;
            this.type = type;
            this.found = found;
        }

        void match(Path host, String device, int index) {
            String part = parts[index];
            if (part.contains("**")) {
                walker.walk(host, entry -> {
                    if (entry.type() == type && glob.matches(entry.devicePath())) {
                        found.putIfAbsent(entry.devicePath(),
                                host.resolve(entry.devicePath().substring(device.length() + 1)));
                    }
                }, (path, e) -> { }, () -> false);
                return;
            }
            if (!part.contains("*")) {
                step(host.resolve(part), device + "/" + part, index);
                return;
            }
            DeviceGlob component = DeviceGlob.compile("/" + part);
            List<Path> children;
            try {
                children = DumpWalker.sortedChildren(host);
            } catch (IOException unreadable) {
                return;
            }
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (component.matches("/" + name)) {
                    step(child, device + "/" + name, index);
                }
            }
        }

        private void step(Path host, String device, int index) {
            if (index == parts.length - 1) {
                boolean wanted = type == DumpEntry.Type.DIRECTORY ? Files.isDirectory(host, LinkOption.NOFOLLOW_LINKS)
                        : Files.isRegularFile(host, LinkOption.NOFOLLOW_LINKS);
                if (wanted) {
                    found.putIfAbsent(DumpLayout.canonical(device), host);
                }
            } else if (Files.isDirectory(host, LinkOption.NOFOLLOW_LINKS)) {
                match(host, device, index + 1);
            }
        }
    }
}
