package org.spyglass.ios.manifest;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The host names a backup path spells out. WebKit and Safari name a site's storage after its origin with
 * {@code _} between scheme, host and port ({@code https_www.example.com_0.localstorage}), so the pieces between
 * underscores of each path component are candidates. To keep false alarms out, a piece counts only when it is a
 * syntactically valid host with at least two labels and a last label that looks like a top-level domain (letters
 * or {@code xn--}) and is not a common file extension, or a dotted IPv4 address.
 */
final class HostCandidates {
    private static final Pattern HOST = Pattern.compile(
            "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");
    private static final Pattern IPV4 = Pattern.compile(
            "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Set<String> FILE_EXTENSIONS = Set.of("archive", "bin", "binarycookies", "cache", "css",
            "dat", "data", "db", "gif", "heic", "htm", "html", "ips", "jpeg", "jpg", "js", "json", "localstorage",
            "log", "mov", "mp4", "pdf", "plist", "png", "shm", "sql", "sqlite", "sqlite3", "sqlitedb", "storedata",
            "strings", "tmp", "txt", "wal", "xml", "zip");

    private HostCandidates() {
    }

    /** The distinct candidate hosts of a relative path, lower-cased, in path order. */
    static Set<String> of(String relativePath) {
        if (relativePath == null || relativePath.indexOf('_') < 0 || relativePath.indexOf('.') < 0) {
            return Set.of();
        }
        String path = relativePath.toLowerCase(Locale.ROOT);
        Set<String> hosts = null;
        for (int start = 0; start <= path.length(); ) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            int underscore = path.indexOf('_', start);
            if (underscore >= 0 && underscore < end) {
                for (int piece = start; piece <= end; ) {
                    int next = path.indexOf('_', piece);
                    int pieceEnd = next < 0 || next > end ? end : next;
                    if (pieceEnd - piece >= 4 && isHost(path.substring(piece, pieceEnd))) {
                        if (hosts == null) {
                            hosts = new LinkedHashSet<>();
                        }
                        hosts.add(path.substring(piece, pieceEnd));
                    }
                    piece = pieceEnd + 1;
                }
            }
            start = end + 1;
        }
        return hosts == null ? Set.of() : hosts;
    }

    static boolean isHost(String piece) {
        if (piece.length() < 4 || piece.length() > 253 || piece.indexOf('.') < 0) {
            return false;
        }
        // Most pieces are file names (IMG_0001.heic): a file extension as the last label rules out a host, and an
        // IPv4 address too (every extension has a letter), so neither pattern needs to run.
        if (FILE_EXTENSIONS.contains(piece.substring(piece.lastIndexOf('.') + 1))) {
            return false;
        }
        return IPV4.matcher(piece).matches() || HOST.matcher(piece).matches();
    }
}
