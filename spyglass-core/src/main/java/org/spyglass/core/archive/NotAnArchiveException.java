package org.spyglass.core.archive;

import java.io.IOException;
import java.nio.file.Path;

/** The file is not an archive {@link SafeExtractor} reads (zip, tar, tar.gz), whatever its name says. */
public final class NotAnArchiveException extends IOException {
    public NotAnArchiveException(Path file) {
        super(file + " is not a zip, tar or tar.gz archive (its first bytes match none of them)");
    }
}
