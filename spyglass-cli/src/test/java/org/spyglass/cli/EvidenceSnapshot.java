package org.spyglass.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Path → kind, size, SHA-256 and modification time of every entry under a folder, the folder included. */
final class EvidenceSnapshot {
    private EvidenceSnapshot() {
    }

    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String mtime = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toString();
                String name = root.relativize(path).toString();
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    state.put(name + "/", "dir " + mtime);
                } else {
                    state.put(name, Files.size(path) + " " + sha256(Files.readAllBytes(path)) + " " + mtime);
                }
            }
        }
        return state;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
