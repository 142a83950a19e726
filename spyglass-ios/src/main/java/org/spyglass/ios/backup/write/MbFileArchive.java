package org.spyglass.ios.backup.write;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.UID;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Objects;
import org.spyglass.core.source.FileTimes;

/**
 * Encodes the metadata of one backup file as Manifest.db's {@code file} blob: a binary NSKeyedArchiver plist of an
 * {@code MBFile}, with times in Unix seconds, as iOS writes it.
 *
 * @param relativePath    the path inside the domain
 * @param size            bytes
 * @param mode            Unix mode bits, e.g. {@code 0100644} for a regular file
 * @param userId          owner uid (501 is {@code mobile})
 * @param groupId         owner gid
 * @param inode           inode number
 * @param protectionClass Data Protection class
 * @param times           mtime, ctime and birth time
 * @param target          a symbolic link's target, or null for files and folders
 */
public record MbFileArchive(String relativePath, long size, int mode, int userId, int groupId, long inode,
                            int protectionClass, FileTimes times, String target) {
    /** Mode of a regular file readable by all, writable by its owner. */
    public static final int REGULAR_FILE = 0100644;
    /** Mode of a folder. */
    public static final int DIRECTORY = 040755;
    /** Mode of a symbolic link. */
    public static final int SYMLINK = 0120755;

    public MbFileArchive {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(times, "times");
    }

    public byte[] encode() throws IOException {
        NSDictionary file = new NSDictionary();
        file.put("$class", uid(3));
        file.put("RelativePath", uid(2));
        file.put("LastModified", times.modified().getEpochSecond());
        file.put("LastStatusChange", times.statusChanged().getEpochSecond());
        file.put("Birth", times.birth().getEpochSecond());
        file.put("Size", size);
        file.put("Mode", mode);
        file.put("UserID", userId);
        file.put("GroupID", groupId);
        file.put("InodeNumber", inode);
        file.put("ProtectionClass", protectionClass);
        file.put("Flags", 0);
        NSDictionary classInfo = new NSDictionary();
        classInfo.put("$classname", "MBFile");
        classInfo.put("$classes", new NSArray(new NSString("MBFile"), new NSString("NSObject")));
        NSDictionary top = new NSDictionary();
        top.put("root", uid(1));
        NSDictionary archive = new NSDictionary();
        archive.put("$version", 100000);
        archive.put("$archiver", "NSKeyedArchiver");
        archive.put("$top", top);
        NSObject[] objects = target == null
                ? new NSObject[] {new NSString("$null"), file, new NSString(relativePath), classInfo}
                : new NSObject[] {new NSString("$null"), file, new NSString(relativePath), classInfo,
                    new NSString(target)};
        if (target != null) {
            file.put("Target", uid(4));
        }
        archive.put("$objects", new NSArray(objects));
        return BinaryPropertyListWriter.writeToArray(archive);
    }

    private static UID uid(int index) {
        return new UID(Integer.toString(index), BigInteger.valueOf(index));
    }
}
