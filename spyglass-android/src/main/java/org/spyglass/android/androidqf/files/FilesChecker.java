package org.spyglass.android.androidqf.files;

import java.util.ArrayList;
import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches each listed file's path against file-path indicators, else its name against file names (CRITICAL), and each
 * of its digests against file hashes (CRITICAL, one alert per digest); flags files in folders where only adb and
 * exploits write ({@link FilesModule#TEMPORARY_FOLDER}).
 */
final class FilesChecker implements Checker<AqfFile> {
    /** The folder AndroidQF itself pushes its collector into: files there are expected. */
    static final String COLLECTOR = "/data/local/tmp/collector";

    @Override
    public void check(AqfFile file, CheckContext context) {
        List<IndicatorMatch> paths = context.indicators().matchFilePath(file.path());
        if (paths.isEmpty()) {
            paths = context.indicators().matchFileName(file.name());
        }
        if (!paths.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known malicious file: " + file.path() + " "
                    + MatchText.of(paths), file.modified(), file, paths);
        }
        for (String digest : digests(file)) {
            List<IndicatorMatch> hashes = context.indicators().matchFileHash(digest);
            if (!hashes.isEmpty()) {
                context.indicatorAlert(Level.CRITICAL, "Found a file with a known malicious hash: "
                        + file.path() + " (" + digest + ") " + MatchText.of(hashes), file.modified(), file, hashes);
            }
        }
        String folder = suspiciousFolder(file.path());
        if (folder != null) {
            context.heuristicAlert(FilesModule.TEMPORARY_FOLDER, "Found a file in " + folder + ", where only adb "
                    + "and exploits write: " + file.path(), file.modified(), file);
        }
    }

    private static List<String> digests(AqfFile file) {
        List<String> digests = new ArrayList<>(3);
        for (String digest : new String[] {file.sha256(), file.sha1(), file.md5()}) {
            if (digest != null) {
                digests.add(digest);
            }
        }
        return digests;
    }

    /** The suspicious folder the path lies in, or null; AndroidQF's own collector is passed over. */
    static String suspiciousFolder(String path) {
        if (path.equals(COLLECTOR) || path.startsWith(COLLECTOR + "/")) {
            return null;
        }
        for (String folder : FilesModule.SUSPICIOUS_FOLDERS) {
            if (path.startsWith(folder) && path.length() > folder.length()) {
                return folder;
            }
        }
        return null;
    }
}
