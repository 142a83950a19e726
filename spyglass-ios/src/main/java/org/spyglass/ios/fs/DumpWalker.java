package org.spyglass.ios.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.spyglass.ios.fs.DumpEntry.Type;

/**
 * Walks a host folder of a dump depth-first, each folder before its content and names in sorted order, without
 * following links. It keeps only the entries still to visit beside the path walked, so memory grows with the depth
 * and the width of the folders on the way, never with the number of files.
 */
final class DumpWalker {
    private final DumpLayout layout;

    DumpWalker(DumpLayout layout) {
        this.layout = layout;
    }

    /**
     * Visits every entry below {@code start} (not {@code start} itself) in path order: each folder just before its
     * content. An entry that cannot be read or a folder that cannot be listed is reported to {@code problems} with
     * its device path and skipped.
     */
    void walk(Path start, Consumer<DumpEntry> visitor, BiConsumer<String, IOException> problems,
              BooleanSupplier cancelled) {
        Deque<Path> pending = new ArrayDeque<>();
        pushChildren(start, pending, problems);
        while (!pending.isEmpty() && !cancelled.getAsBoolean()) {
            Path entry = pending.pop();
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                problems.accept(layout.devicePath(entry), e);
                continue;
            }
            Type type = type(attributes);
            if (!layout.shadowed(entry)) {
                visitor.accept(new DumpEntry(layout.devicePath(entry), type,
                        attributes.lastModifiedTime().toInstant(), attributes.size()));
            }
            if (type == Type.DIRECTORY) {
                pushChildren(entry, pending, problems);
            }
        }
    }

    private void pushChildren(Path folder, Deque<Path> pending, BiConsumer<String, IOException> problems) {
        try {
            List<Path> children = sortedChildren(folder);
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        } catch (IOException e) {
            problems.accept(layout.devicePath(folder), e);
        }
    }

    /** The entries of a folder, sorted by name. */
    static List<Path> sortedChildren(Path folder) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        }
        children.sort(null);
        return children;
    }

    static Type type(BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return Type.LINK;
        }
        if (attributes.isDirectory()) {
            return Type.DIRECTORY;
        }
        return attributes.isRegularFile() ? Type.FILE : Type.OTHER;
    }
}
