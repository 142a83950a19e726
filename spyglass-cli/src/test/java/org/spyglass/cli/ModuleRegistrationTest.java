package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.run.ModuleRegistry;
import org.spyglass.android.sms.AndroidSmsModule;
import org.spyglass.ios.sms.SmsModule;

/** Every module class of the product is registered for the ServiceLoader, once, under a unique valid name. */
class ModuleRegistrationTest {

    @Test
    void everyModuleClassIsRegistered() throws Exception {
        List<String> registered = ModuleRegistry.load().modules().stream().map(m -> m.getClass().getName()).toList();

        List<String> declared = new ArrayList<>(moduleClassesBeside(SmsModule.class));
        declared.addAll(moduleClassesBeside(AndroidSmsModule.class));

        assertThat(declared).contains(SmsModule.class.getName(), AndroidSmsModule.class.getName());
        assertThat(registered).containsAll(declared);
    }

    @Test
    void moduleNamesAreUniqueAndValid() {
        ModuleRegistry registry = ModuleRegistry.load();

        assertThat(registry.problems()).isEmpty();
        assertThat(registry.names()).contains("sms", "datausage").doesNotHaveDuplicates();
    }

    /** Concrete ArtifactModule classes in the same classes folder or jar as the given class. */
    private static List<String> moduleClassesBeside(Class<?> anchor) throws IOException, URISyntaxException {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return moduleClassesUnder(location, anchor.getClassLoader());
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return moduleClassesUnder(jar.getPath("/"), anchor.getClassLoader());
        }
    }

    private static List<String> moduleClassesUnder(Path root, ClassLoader loader) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (ArtifactModule.class.isAssignableFrom(type) && !type.isInterface()
                        && !Modifier.isAbstract(type.getModifiers())) {
                    found.add(type.getName());
                }
            }
        }
        return found;
    }
}
