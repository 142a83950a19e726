package org.spyglass.core.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.spyglass.core.output.RunOutputs;
import org.spyglass.core.output.SummaryFile;

/**
 * Puts the files of a re-check in place. They are written to a staging folder inside the target folder, then each
 * is renamed over its old version (an atomic rename on one file system), so every file is always complete;
 * {@code summary.json} is renamed last. Files a re-check regenerates but did not write this time (the alerts of a
 * module that now has none) are deleted. With another output folder, the other files of the results folder (the
 * records, the timelines, {@code urls.json}) are copied there first, so it is a complete results folder too.
 */
final class RecheckFiles {
    private RecheckFiles() {
    }

    /** Whether a re-check writes this file name (and deletes it when it did not write it this time). */
    static boolean regenerated(String name) {
        return name.endsWith("_detected.json") || name.equals(RunOutputs.ALERTS)
                || name.equals(RunOutputs.PROCESSES);
    }

    /** Prepends the saved {@code command.log} to the re-check's own. */
    static void joinLog(Path savedLog, Path stagedLog) throws IOException {
        if (!Files.exists(savedLog)) {
            return;
        }
        Path joined = stagedLog.resolveSibling(stagedLog.getFileName() + ".joined");
        try (OutputStream out = Files.newOutputStream(joined)) {
            Files.copy(savedLog, out);
            Files.copy(stagedLog, out);
        }
        Files.move(joined, stagedLog, StandardCopyOption.REPLACE_EXISTING);
    }

    static void publish(Path staging, Path results, Path target) throws IOException {
        Set<String> written = names(staging);
        boolean inPlace = Files.isSameFile(results, target);
        if (!inPlace) {
            for (String name : names(results)) {
                if (!written.contains(name) && !regenerated(name)) {
                    Files.copy(results.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<String> order = new ArrayList<>(written);
        order.remove(SummaryFile.NAME);
        for (String name : order) {
            replace(staging.resolve(name), target.resolve(name));
        }
        for (String name : names(target)) {
            if (regenerated(name) && !written.contains(name)) {
                Files.delete(target.resolve(name));
            }
        }
        if (written.contains(SummaryFile.NAME)) {
            replace(staging.resolve(SummaryFile.NAME), target.resolve(SummaryFile.NAME));
        }
    }

    private static void replace(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The regular files directly in a folder, sorted. */
    private static Set<String> names(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    names.add(entry.getFileName().toString());
                }
            }
        }
        return names;
    }
}
