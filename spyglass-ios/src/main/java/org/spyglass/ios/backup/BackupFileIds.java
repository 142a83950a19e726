package org.spyglass.ios.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Backup file identifiers: {@code sha1(domain + "-" + relativePath)} in lower-case hex. */
public final class BackupFileIds {
    private static final Pattern VALID = Pattern.compile("[0-9a-f]{40}");

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
        return fileId != null && VALID.matcher(fileId).matches();
    }

    /** Where the backup stores a file: {@code <id[0:2]>/<id>}, relative to the backup folder. */
    public static String storagePath(String fileId) {
        if (!isValid(fileId)) {
            throw new IllegalArgumentException("not a backup file id: " + fileId);
        }
        return fileId.substring(0, 2) + "/" + fileId;
    }
}
