package org.spyglass.core.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The files of a folder-like source seen as device paths: each is {@code prefix} followed by its path relative to
 * the source's folder. Answers {@link Source#file}, {@link Source#find} and {@link Source#forEachFile} for sources
 * whose files are a plain listing (an AndroidQF acquisition, a bugreport, an adb backup, intrusion logs). Immutable.
 */
public final class DeviceFileList {
    private final String prefix;
    private final List<String> relative;

    /**
     * @param prefix   what comes before a relative path in a device path ({@code "/"}, {@code "/androidqf/"})
     * @param relative the files' paths relative to the source's folder, {@code /}-separated
     */
    public DeviceFileList(String prefix, List<String> relative) {
        this.prefix = prefix;
        List<String> sorted = new ArrayList<>(relative);
        Collections.sort(sorted);
        this.relative = List.copyOf(sorted);
    }

    /** The file at {@code devicePath}, if it is one of the list. */
    public Optional<EvidenceFile> file(String devicePath) {
        if (devicePath.startsWith(prefix)
                && Collections.binarySearch(relative, devicePath.substring(prefix.length())) >= 0) {
            return Optional.of(new EvidenceFile(devicePath, null, null, null));
        }
        return Optional.empty();
    }

    /** The files whose device path matches {@code glob}, in path order. */
    public List<EvidenceFile> find(DeviceGlob glob) {
        List<EvidenceFile> found = new ArrayList<>();
        for (String path : relative) {
            String devicePath = prefix + path;
            if (glob.matches(devicePath)) {
                found.add(new EvidenceFile(devicePath, null, null, null));
            }
        }
        return found;
    }

    /** Every file, in path order. */
    public void forEach(Consumer<EvidenceFile> visitor) {
        for (String path : relative) {
            visitor.accept(new EvidenceFile(prefix + path, null, null, null));
        }
    }
}
