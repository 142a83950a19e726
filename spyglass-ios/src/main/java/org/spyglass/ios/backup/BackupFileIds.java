package org.spyglass.ios.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Backup file identifiers: {@code sha1(domain + "-" + relativePath)} in lower-case hex. */
public final class BackupFileIds {
    private static final int LENGTH = 40;

    private BackupFileIds() {
    }

    public static String of(String domain, String relativePath) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((domain + "-" + relativePath).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-1", e);
        }
    }

    /** True for 40 lower-case hex digits, the only shape that may name a file in the backup folder. */
    public static boolean isValid(String fileId) {
        if (fileId == null || fileId.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = fileId.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Where the backup stores a file: {@code <id[0:2]>/<id>}, relative to the backup folder. */
    public static String storagePath(String fileId) {
        if (!isValid(fileId)) {
            throw new IllegalArgumentException("not a backup file id: " + fileId);
        }
        return fileId.substring(0, 2) + "/" + fileId;
    }
}
