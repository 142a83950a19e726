package org.spyglass.android.bugreport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the main dumpstate text of a bugreport folder, in this order: the file {@code main_entry.txt} names (when
 * it exists inside the folder), else the first {@code dumpState_*.log}, else the first {@code dumpsys.txt} one folder
 * down, else the first {@code bugreport-*.txt}, each in name order.
 */
final class DumpstateText {
    static final String MAIN_ENTRY = "main_entry.txt";
    private static final int MAX_MAIN_ENTRY = 4096;

    private DumpstateText() {
    }

    /** The path of the dumpstate text relative to {@code content}, or empty when there is none. */
    static Optional<String> find(Path content) throws IOException {
        Path entry = content.resolve(MAIN_ENTRY);
        if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            try (InputStream in = Files.newInputStream(entry)) {
                String named = new String(in.readNBytes(MAX_MAIN_ENTRY), StandardCharsets.UTF_8).strip();
                Path target = content.resolve(named).normalize();
                if (!named.isEmpty() && target.startsWith(content)
                        && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.of(content.relativize(target).toString().replace('\\', '/'));
                }
            }
        }
        List<Path> top = children(content);
        Optional<Path> found = top.stream().filter(p -> name(p).startsWith("dumpState_") && name(p).endsWith(".log"))
                .filter(DumpstateText::isFile).findFirst();
        if (found.isEmpty()) {
            for (Path folder : top) {
                Path dumpsys = folder.resolve("dumpsys.txt");
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && isFile(dumpsys)) {
                    found = Optional.of(dumpsys);
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            found = top.stream().filter(p -> name(p).startsWith("bugreport-") && name(p).endsWith(".txt"))
                    .filter(DumpstateText::isFile).findFirst();
        }
        return found.map(p -> content.relativize(p).toString().replace('\\', '/'));
    }

    private static List<Path> children(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted(Comparator.comparing(DumpstateText::name)).toList();
        }
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }

    private static boolean isFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
