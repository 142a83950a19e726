package org.spyglass.android.androidqf.packages;

import java.util.Objects;

/**
 * One APK file of a package, with the hashes AndroidQF computed and its signing certificate's hashes; each hash is
 * lower-case hex, or null when not recorded.
 *
 * @param path          the device path of the APK
 * @param md5           the file's MD5
 * @param sha1          the file's SHA-1
 * @param sha256        the file's SHA-256
 * @param certMd5       the signing certificate's MD5
 * @param certSha1      the signing certificate's SHA-1
 * @param certSha256    the signing certificate's SHA-256
 * @param certSubject   the certificate's subject as recorded, or null
 */
public record PackageFile(String path, String md5, String sha1, String sha256, String certMd5, String certSha1,
                          String certSha256, String certSubject) {
    public PackageFile {
        Objects.requireNonNull(path, "path");
    }
}
