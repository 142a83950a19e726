package org.spyglass.ios.backup;

import java.util.Optional;
import org.spyglass.core.plist.PlistException;

/**
 * One row of Manifest.db's {@code Files} table as stored: a regular file, a folder or a symbolic link. Any
 * field may be null in a damaged or hand-made Manifest.db.
 *
 * @param fileId       {@code fileID}: sha1 of {@code domain-relativePath}, the name of the stored copy
 * @param domain       the backup domain, e.g. {@code HomeDomain}
 * @param relativePath the path inside the domain (empty for the domain's root folder)
 * @param flags        {@link #FILE}, {@link #DIRECTORY} or {@link #SYMLINK}
 * @param file         the {@code file} blob (an archived {@code MBFile}), undecoded; see {@link #info()}
 * @param stored       true when the backup folder holds the file's content at {@code <id[0:2]>/<id>} (always
 *                     false for folders and links, whose content is never stored)
 */
public record ManifestRow(String fileId, String domain, String relativePath, Long flags, byte[] file,
                          boolean stored) {
    /** {@code flags} of a regular file. */
    public static final long FILE = 1;
    /** {@code flags} of a folder. */
    public static final long DIRECTORY = 2;
    /** {@code flags} of a symbolic link. */
    public static final long SYMLINK = 4;

    /** The absolute device path (see {@link BackupDomains}), or null when the domain is missing. */
    public String devicePath() {
        return domain == null ? null : BackupDomains.devicePath(domain, relativePath);
    }

    public boolean isFile() {
        return flags != null && flags == FILE;
    }

    /** A regular file whose content the backup should hold but does not: an incomplete backup. */
    public boolean isMissing() {
        return isFile() && !stored;
    }

    /**
     * Decodes the {@code file} blob; empty when the row has none. A blob that is not an archived MBFile is a
     * {@link PlistException}.
     */
    public Optional<BackupFileInfo> info() throws PlistException {
        if (file == null || file.length == 0) {
            return Optional.empty();
        }
        return Optional.of(BackupFileInfo.decode(file));
    }
}
