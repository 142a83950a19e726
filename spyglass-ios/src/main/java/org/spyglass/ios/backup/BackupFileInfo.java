package org.spyglass.ios.backup;

import java.time.Instant;
import java.util.Map;
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

    /** Reads the fields of a decoded MBFile (see {@link org.spyglass.core.plist.KeyedArchive}). */
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
