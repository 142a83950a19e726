package org.spyglass.core.ioc.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
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

    private final Map<String, Object> processes;
    private final Map<String, List<String>> processesByTruncation = new HashMap<>();
    private final Map<String, Object> fileNames;
    private final Map<String, Object> filePaths;

    /** Takes the tables of {@link IndicatorSet} as they are. */
    FileIndex(Map<String, Object> processes, Map<String, Object> fileNames, Map<String, Object> filePaths) {
        this.processes = processes;
        this.fileNames = fileNames;
        this.filePaths = filePaths;
        for (String value : processes.keySet()) {
            if (value.length() > TRUNCATED_LENGTH) {
                processesByTruncation.computeIfAbsent(value.substring(0, TRUNCATED_LENGTH), k -> new ArrayList<>(1))
                        .add(value);
            }
        }
    }

    List<IndicatorMatch> matchProcess(String processName) {
        String name = FilePaths.lastComponent(processName);
        if (name == null || processes.isEmpty()) {
            return List.of();
        }
        List<IndicatorMatch> out = Matches.add(null, process(name), processName, "same process name");
        if (name.length() == TRUNCATED_LENGTH) {
            for (String value : processesByTruncation.getOrDefault(name, List.of())) {
                out = Matches.add(out, process(value), processName, "process name truncated to 16 characters");
            }
        } else if (name.length() > TRUNCATED_LENGTH) {
            out = Matches.add(out, process(name.substring(0, TRUNCATED_LENGTH)), processName,
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
                out = Matches.add(out, IndicatorSet.find(filePaths, IndicatorType.FILE_PATH, path.substring(0, slash)), absolutePath, "path under");
            }
            out = Matches.add(out, IndicatorSet.find(filePaths, IndicatorType.FILE_PATH, path), absolutePath, "same path");
        }
        return Matches.done(fileName(out, path, absolutePath));
    }

    private List<IndicatorMatch> fileName(List<IndicatorMatch> out, String fileNameOrPath, String observed) {
        String name = FilePaths.lastComponent(fileNameOrPath);
        if (name == null || fileNames.isEmpty()) {
            return out;
        }
        return Matches.add(out, IndicatorSet.find(fileNames, IndicatorType.FILE_NAME, name), observed, "same file name");
    }

    private Indicator process(String value) {
        return IndicatorSet.find(processes, IndicatorType.PROCESS, value);
    }
}
