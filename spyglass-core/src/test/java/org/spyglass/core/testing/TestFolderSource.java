package org.spyglass.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.FolderSource;
import org.spyglass.core.source.SourceKind;

/**
 * A plain folder as evidence, built on the real {@link FolderSource}: relative paths are the device paths
 * ({@code root/a/b} is {@code /a/b}).
 */
public final class TestFolderSource extends FolderSource {
    private final Map<String, String> deviceInfo;

    public TestFolderSource(Path root) throws IOException {
        this(root, SourceKind.IOS_FILESYSTEM, Map.of());
    }

    public TestFolderSource(Path root, SourceKind kind, Map<String, String> deviceInfo) throws IOException {
        super(kind, root);
        this.deviceInfo = Map.copyOf(deviceInfo);
    }

    /** Writes a file of the evidence at a device path and returns it. */
    public static Path write(Path root, String devicePath, String content) throws IOException {
        Path file = root.resolve(devicePath.substring(1));
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Override
    protected Path hostPath(EvidenceFile file) {
        return root().resolve(file.devicePath().substring(1));
    }

    @Override
    public Optional<EvidenceFile> file(String devicePath) {
        return Files.isRegularFile(root().resolve(devicePath.substring(1)))
                ? Optional.of(new EvidenceFile(devicePath, null, null, null)) : Optional.empty();
    }

    @Override
    public List<EvidenceFile> find(String devicePathGlob) {
        DeviceGlob glob = DeviceGlob.compile(devicePathGlob);
        List<EvidenceFile> found = new ArrayList<>();
        try {
            forEachFile(file -> {
                if (glob.matches(file.devicePath())) {
                    found.add(file);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    @Override
    public void forEachFile(Consumer<EvidenceFile> visitor) throws IOException {
        try (Stream<Path> files = Files.walk(root())) {
            files.filter(Files::isRegularFile).sorted().forEach(path -> visitor.accept(
                    new EvidenceFile("/" + root().relativize(path).toString().replace('\\', '/'), null, null, null)));
        }
    }

    @Override
    public Map<String, String> deviceInfo() {
        return deviceInfo;
    }
}
