package org.spyglass.ios.filesystem;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a filesystem dump. MVT's fields ({@code path}, {@code modified}), with the path absolute.
 *
 * @param path     the absolute device path, {@code /private/var/...}
 * @param type     {@code file}, {@code directory}, {@code link} or {@code other}
 * @param modified the modification time the dump kept, UTC
 * @param size     bytes
 */
public record FilesystemRecord(String path, String type, Instant modified, long size) {
    public FilesystemRecord {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
    }

    /** True for a folder. */
    public boolean isDirectory() {
        return "directory".equals(type);
    }

    /** The last path component. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
