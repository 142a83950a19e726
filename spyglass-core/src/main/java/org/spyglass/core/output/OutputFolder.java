package org.spyglass.core.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;

/**
 * Prepares the results folder. It is created when missing; it must not lie inside the evidence (compared by real
 * paths, links resolved, before anything is created); an existing folder is written into, and Spyglass's own file
 * names in it are overwritten.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * Checks and creates {@code output}.
     *
     * @param evidence the evidence as given and as the source resolved it (a folder or an archive file)
     * @return the output folder's real path
     * @throws SpyglassException {@link ExitCode#USAGE} when the output lies inside the evidence,
     *                           {@link ExitCode#OUTPUT_ERROR} when it cannot be created or written
     */
    public static Path prepare(Path output, Collection<Path> evidence) {
        Path target = realPathOfPossiblyMissing(output);
        for (Path each : evidence) {
            Path evidenceReal = realPathOfPossiblyMissing(each);
            if (target.equals(evidenceReal)) {
                throw SpyglassException.usage("The output " + output + " is the evidence itself; choose another "
                        + "folder with --output.");
            }
            if (target.startsWith(evidenceReal) && !Files.isRegularFile(evidenceReal)) {
                throw SpyglassException.usage("The output folder " + output + " is inside the evidence " + each
                        + ": the evidence must stay untouched; choose an output folder outside it with --output.");
            }
        }
        try {
            Files.createDirectories(target);
        } catch (IOException | SecurityException e) {
            throw SpyglassException.output("Cannot create the output folder " + output + " (" + reason(e)
                    + "); choose a folder you can write to with --output.", e);
        }
        if (!Files.isWritable(target)) {
            throw SpyglassException.output("Cannot write to the output folder " + output
                    + "; choose a folder you can write to with --output.", null);
        }
        return target;
    }

    /** The real path of the longest existing prefix, with the missing rest appended and normalised. */
    static Path realPathOfPossiblyMissing(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
