package org.spyglass.ios.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.source.EvidenceFile;

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
     * The regular files matching {@code glob} (canonical), sorted by device path. A folder that cannot be listed is
     * passed over: the {@code filesystem} module reports such folders.
     */
    Map<String, EvidenceFile> find(DeviceGlob glob) {
        String text = glob.toString();
        String prefix = glob.literalPrefix();
        int slash = prefix.lastIndexOf('/');
        String folder = prefix.substring(0, slash);
        String[] parts = text.substring(slash + 1).split("/", -1);
        Map<String, EvidenceFile> found = new TreeMap<>();
        for (Path host : layout.hostCandidates(folder.isEmpty() ? "/" : folder)) {
            if (Files.isDirectory(host, LinkOption.NOFOLLOW_LINKS)) {
                match(host, folder, parts, 0, glob, found);
            }
        }
        return found;
    }

    private void match(Path host, String device, String[] parts, int index, DeviceGlob glob,
                       Map<String, EvidenceFile> found) {
        String part = parts[index];
        if (part.contains("**")) {
            walker.walk(host, entry -> {
                if (entry.type() == DumpEntry.Type.FILE && glob.matches(entry.devicePath())) {
                    found.putIfAbsent(entry.devicePath(), file(entry.devicePath()));
                }
            }, (path, e) -> { }, () -> false);
            return;
        }
        if (!part.contains("*")) {
            step(host.resolve(part), device + "/" + part, parts, index, glob, found);
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
                step(child, device + "/" + name, parts, index, glob, found);
            }
        }
    }

    private void step(Path host, String device, String[] parts, int index, DeviceGlob glob,
                      Map<String, EvidenceFile> found) {
        boolean last = index == parts.length - 1;
        if (last) {
            if (Files.isRegularFile(host, LinkOption.NOFOLLOW_LINKS)) {
                String canonical = DumpLayout.canonical(device);
                found.putIfAbsent(canonical, file(canonical));
            }
        } else if (Files.isDirectory(host, LinkOption.NOFOLLOW_LINKS)) {
            match(host, device, parts, index + 1, glob, found);
        }
    }

    private static EvidenceFile file(String devicePath) {
        return new EvidenceFile(devicePath, null, null, null);
    }
}
