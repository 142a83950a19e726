package org.spyglass.core.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A test double: a folder whose relative paths are the device paths ({@code root/a/b} is {@code /a/b}). */
final class TestFolderSource extends FolderSource {

    TestFolderSource(Path root) throws IOException {
        super(SourceKind.IOS_FILESYSTEM, root);
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
        return Map.of();
    }
}
