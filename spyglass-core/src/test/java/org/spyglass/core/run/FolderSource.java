package org.spyglass.core.run;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.Source;
import org.spyglass.core.source.SourceKind;

/** A test source over a plain folder: device path = "/" + path relative to the folder. */
final class FolderSource implements Source {
    private final Path root;
    private final Path scratch;
    private final SourceKind kind;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    FolderSource(Path root, Path scratch, SourceKind kind) {
        this.root = root;
        this.scratch = scratch;
        this.kind = kind;
    }

    /** Writes a file of the evidence. */
    static Path write(Path root, String devicePath, String content) throws IOException {
        Path file = root.resolve(devicePath.substring(1));
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Override
    public SourceKind kind() {
        return kind;
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public Optional<EvidenceFile> file(String devicePath) {
        Path file = host(devicePath);
        return Files.isRegularFile(file) ? Optional.of(new EvidenceFile(devicePath, null, null, null))
                : Optional.empty();
    }

    @Override
    public List<EvidenceFile> find(String devicePathGlob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + devicePathGlob);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(this::devicePath)
                    .filter(p -> matcher.matches(Path.of(p)))
                    .sorted()
                    .map(p -> new EvidenceFile(p, null, null, null))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void forEachFile(Consumer<EvidenceFile> visitor) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).map(this::devicePath)
                    .forEach(p -> visitor.accept(new EvidenceFile(p, null, null, null)));
        }
    }

    @Override
    public InputStream open(EvidenceFile file) throws IOException {
        Path host = host(file.devicePath());
        MessageDigest digest = sha256();
        return new FilterInputStream(Files.newInputStream(host)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    digest.update((byte) b);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    digest.update(buffer, offset, n);
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                super.close();
                hashes.put(host.toString(), HexFormat.of().formatHex(digest.digest()));
            }
        };
    }

    @Override
    public Path localCopy(EvidenceFile file) {
        return host(file.devicePath());
    }

    @Override
    public Path sqliteCopy(EvidenceFile file) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public Path scratch() throws IOException {
        return Files.createDirectories(scratch);
    }

    @Override
    public Map<String, String> hashes() {
        return Map.copyOf(hashes);
    }

    @Override
    public Map<String, String> deviceInfo() {
        return Map.of("model", "iPhone14,2", "ios_version", "17.4");
    }

    @Override
    public void close() {
    }

    private Path host(String devicePath) {
        return root.resolve(devicePath.substring(1));
    }

    private String devicePath(Path host) {
        return "/" + root.relativize(host).toString().replace('\\', '/');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
