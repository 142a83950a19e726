package org.spyglass.ios.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.spyglass.core.SpyglassException;

/**
 * Finds the backup folder the user meant: the given folder when it holds {@code Manifest.db}, or its only
 * sub-folder that does (people often point at the folder of all backups, or at an unzipped copy one level up).
 */
public final class BackupLocator {
    static final String MANIFEST_DB = "Manifest.db";
    static final String INFO_PLIST = "Info.plist";

    private BackupLocator() {
    }

    /** The backup folder, or a {@link SpyglassException} (input error) that says what to point to instead. */
    public static Path locate(Path given) {
        if (!Files.exists(given)) {
            throw SpyglassException.input(given + " does not exist. Point to the folder that holds Manifest.db and "
                    + "Info.plist (its name is the device's UDID).");
        }
        if (!Files.isDirectory(given)) {
            throw SpyglassException.input(given + " is not a folder. Point to the folder that holds Manifest.db and "
                    + "Info.plist (its name is the device's UDID).");
        }
        if (isBackup(given)) {
            return given;
        }
        List<Path> candidates;
        try (Stream<Path> children = Files.list(given)) {
            candidates = children.filter(Files::isDirectory).filter(BackupLocator::isBackup).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw SpyglassException.input(given + " cannot be listed (" + e.getMessage() + "). Check that you may "
                    + "read it.", e);
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.size() > 1) {
            throw SpyglassException.input(given + " holds " + candidates.size() + " iOS backups ("
                    + candidates.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "))
                    + "). Point to one of them.");
        }
        throw SpyglassException.input(given + " is not an iOS backup folder: it holds no Manifest.db. Point to the "
                + "folder that holds Manifest.db and Info.plist (its name is the device's UDID).");
    }

    private static boolean isBackup(Path folder) {
        return Files.isRegularFile(folder.resolve(MANIFEST_DB));
    }
}
