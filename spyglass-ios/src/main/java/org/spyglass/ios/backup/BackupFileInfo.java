package org.spyglass.ios.backup;

import java.time.Instant;
import java.util.Map;
import org.spyglass.core.plist.KeyedArchive;
import org.spyglass.core.plist.KeyedArchiveFields;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.time.Times;

/**
 * What Manifest.db's {@code file} blob (an archived {@code MBFile}) says about one backup file. Any field may be
 * null when the blob lacks it.
 *
 * @param size             bytes
 * @param mode             the Unix mode bits (type and permissions)
 * @param userId           owner uid
 * @param groupId          owner gid
 * @param inode            the inode number on the device
 * @param protectionClass  the Data Protection class
 * @param lastModified     mtime, UTC
 * @param lastStatusChange ctime, UTC
 * @param birth            creation time, UTC
 */
public record BackupFileInfo(Long size, Long mode, Long userId, Long groupId, Long inode, Long protectionClass,
                             Instant lastModified, Instant lastStatusChange, Instant birth) {

    /** The fields read, in the order of the record's components. */
    private static final KeyedArchiveFields MB_FILE = KeyedArchiveFields.of("MBFile", "Size", "Mode", "UserID",
            "GroupID", "InodeNumber", "ProtectionClass", "LastModified", "LastStatusChange", "Birth");

    /**
     * Decodes a {@code file} blob of Manifest.db: straight from the bytes when it is a plain archived MBFile (as
     * iOS writes it), else through {@link KeyedArchive}, with the same result.
     *
     * @throws PlistException when the blob is not an archived MBFile (or dictionary) that can be decoded
     */
    static BackupFileInfo decode(byte[] blob) throws PlistException {
        Long[] fields = MB_FILE.read(blob);
        if (fields != null) {
            return new BackupFileInfo(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5],
                    Times.fromUnixSeconds(fields[6]), Times.fromUnixSeconds(fields[7]),
                    Times.fromUnixSeconds(fields[8]));
        }
        if (KeyedArchive.decode(blob) instanceof Map<?, ?> mbFile) {
            return fromArchived(mbFile);
        }
        throw new PlistException("the file blob is not an archived MBFile");
    }

    /** Reads the fields of a decoded MBFile (see {@link KeyedArchive}). */
    static BackupFileInfo fromArchived(Map<?, ?> mbFile) {
        return new BackupFileInfo(number(mbFile, "Size"), number(mbFile, "Mode"), number(mbFile, "UserID"),
                number(mbFile, "GroupID"), number(mbFile, "InodeNumber"), number(mbFile, "ProtectionClass"),
                Times.fromUnixSeconds(number(mbFile, "LastModified")),
                Times.fromUnixSeconds(number(mbFile, "LastStatusChange")),
                Times.fromUnixSeconds(number(mbFile, "Birth")));
    }

    private static Long number(Map<?, ?> map, String key) {
        return map.get(key) instanceof Number number ? number.longValue() : null;
    }
}
