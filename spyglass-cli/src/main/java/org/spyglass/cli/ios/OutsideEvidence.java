package org.spyglass.cli.ios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.spyglass.core.SpyglassException;

/** Checks that a file or folder the command writes lies outside the evidence, links resolved. */
final class OutsideEvidence {
    private OutsideEvidence() {
    }

    /**
     * The real path {@code target} would have (its deepest existing ancestor resolved), refused with a usage error
     * when it overlaps {@code evidence} (a real path).
     *
     * @param what how to name the target in the message ("The destination", "The key file")
     */
    static Path require(Path target, Path evidence, String what) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        Path resolved = existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
        if (resolved.startsWith(evidence) || evidence.startsWith(resolved)) {
            throw SpyglassException.usage(what + " " + target + " overlaps the backup " + evidence + ": choose a "
                    + "place outside it, so that the evidence stays untouched.");
        }
        return resolved;
    }
}
