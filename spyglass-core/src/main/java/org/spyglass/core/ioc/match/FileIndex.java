package org.spyglass.core.ioc.match;

import java.util.Arrays;
import java.util.List;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.values.FilePaths;

/**
 * Process names, file names and file paths, all case-sensitive (iOS process names and iOS/Android paths are).
 *
 * <p>Process names are compared by basename ({@code /usr/libexec/bh} is {@code bh}). iOS keeps only the first 16
 * characters of a process name in the kernel, so a name seen with exactly 16 characters also matches every indicator
 * that starts with it, and a longer name seen in full (from a path, for instance) also matches an indicator of exactly
 * 16 characters that is its beginning, since such an indicator was probably copied from a truncated record.
 *
 * <p>File paths match on whole components: {@code /private/var/tmp/hooker} matches itself and everything below it
 * ({@code /private/var/tmp/hooker/x}), never {@code /private/var/tmp/hookers}. File names match the last component.
 */
final class FileIndex {
    /** iOS's process name length (MAXCOMLEN). */
    static final int TRUNCATED_LENGTH = 16;

    private final ValueTable processes;
    private final ValueTable fileNames;
    private final ValueTable filePaths;
    /** The first 16 characters of the longer process names. */
    private final KeyTable truncations;
    /** Per truncation, where its process names start in {@link #truncated}. */
    private final int[] truncationStarts;
    /** The store numbers of the longer process names, grouped by truncation, in load order within a group. */
    private final int[] truncated;

    /** Takes the tables of {@link IndicatorSet} as they are. */
    FileIndex(ValueTable processes, ValueTable fileNames, ValueTable filePaths) {
        this.processes = processes;
        this.fileNames = fileNames;
        this.filePaths = filePaths;
        KeyTable.Builder prefixes = new KeyTable.Builder(0);
        int[] longer = new int[16];
        int[] groups = new int[16];
        int count = 0;
        for (int number : processes.numbers()) {
            String value = processes.value(number);
            if (value.length() > TRUNCATED_LENGTH) {
                int group = prefixes.add(value.substring(0, TRUNCATED_LENGTH));
                if (count == longer.length) {
                    longer = Arrays.copyOf(longer, count * 2);
                    groups = Arrays.copyOf(groups, count * 2);
                }
                longer[count] = number;
                groups[count++] = group < 0 ? -1 - group : group;
            }
        }
        truncations = prefixes.build();
        truncationStarts = new int[truncations.size() + 1];
        for (int i = 0; i < count; i++) {
            truncationStarts[groups[i] + 1]++;
        }
        for (int g = 0; g < truncations.size(); g++) {
            truncationStarts[g + 1] += truncationStarts[g];
        }
        truncated = new int[count];
        int[] next = Arrays.copyOf(truncationStarts, truncations.size());
        for (int i = 0; i < count; i++) {
            truncated[next[groups[i]]++] = longer[i];
        }
    }

    List<IndicatorMatch> matchProcess(String processName) {
        String name = FilePaths.lastComponent(processName);
        if (name == null || processes.isEmpty()) {
            return List.of();
        }
        List<IndicatorMatch> out = Matches.add(null, processes.find(name), processName, "same process name");
        if (name.length() == TRUNCATED_LENGTH) {
            int group = truncations.isEmpty() ? -1 : truncations.find(name);
            int end = group < 0 ? 0 : truncationStarts[group + 1];
            for (int i = group < 0 ? 0 : truncationStarts[group]; i < end; i++) {
                out = Matches.add(out, processes.indicator(truncated[i]), processName,
                        "process name truncated to 16 characters");
            }
        } else if (name.length() > TRUNCATED_LENGTH) {
            out = Matches.add(out, processes.find(name, 0, TRUNCATED_LENGTH), processName,
                    "indicator is the process name truncated to 16 characters");
        }
        return Matches.done(out);
    }

    List<IndicatorMatch> matchFileName(String fileNameOrPath) {
        return Matches.done(fileName(null, fileNameOrPath, fileNameOrPath));
    }

    List<IndicatorMatch> matchFilePath(String absolutePath) {
        String path = FilePaths.normalise(absolutePath);
        if (path == null) {
            return List.of();
        }
        List<IndicatorMatch> out = null;
        if (!filePaths.isEmpty()) {
            for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
                out = Matches.add(out, filePaths.find(path, 0, slash), absolutePath, "path under");
            }
            out = Matches.add(out, filePaths.find(path), absolutePath, "same path");
        }
        return Matches.done(fileName(out, path, absolutePath));
    }

    private List<IndicatorMatch> fileName(List<IndicatorMatch> out, String fileNameOrPath, String observed) {
        String name = FilePaths.lastComponent(fileNameOrPath);
        if (name == null || fileNames.isEmpty()) {
            return out;
        }
        return Matches.add(out, fileNames.find(name), observed, "same file name");
    }
}
