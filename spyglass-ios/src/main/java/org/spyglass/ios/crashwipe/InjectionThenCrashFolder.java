package org.spyglass.ios.crashwipe;

import java.time.Instant;
import java.util.Objects;

/**
 * A Safari visit that looks like a network injection, with the state of the CrashReporter folder as the dump holds
 * it.
 *
 * @param visitIsodate   when the plain {@code http://} visit happened, UTC
 * @param url            the visited URL
 * @param redirectUrl    where it was redirected to in under a second
 * @param historyDb      the device path of the History.db that recorded it
 * @param folder         the device path of the crash-log folder
 * @param folderModified the folder's modification time (changed by any file added or removed directly inside), UTC
 * @param secondsAfter   whole seconds from the visit to the folder's modification, negative when the folder changed
 *                       before the visit
 * @param files          the files in the folder and its direct sub-folders
 * @param oldestFile     the earliest modification time among those files, or null when there are none
 */
public record InjectionThenCrashFolder(Instant visitIsodate, String url, String redirectUrl, String historyDb,
                                       String folder, Instant folderModified, long secondsAfter, int files,
                                       Instant oldestFile) {
    public InjectionThenCrashFolder {
        Objects.requireNonNull(visitIsodate, "visitIsodate");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(redirectUrl, "redirectUrl");
        Objects.requireNonNull(historyDb, "historyDb");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(folderModified, "folderModified");
        if (files < 0) {
            throw new IllegalArgumentException("a file count is not negative: " + files);
        }
        if ((files == 0) != (oldestFile == null)) {
            throw new IllegalArgumentException("the oldest file is known exactly when there are files");
        }
    }
}
