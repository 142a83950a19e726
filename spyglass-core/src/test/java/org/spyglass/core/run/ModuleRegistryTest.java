package org.spyglass.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.source.SourceKind;

class ModuleRegistryTest {
    /** Registered through a services file written by {@link #findsModulesRegisteredAsServices}. */
    public static final class RegisteredSms extends Named {
        public RegisteredSms() {
            super("sms");
        }
    }

    public static final class RegisteredDataUsage extends Named {
        public RegisteredDataUsage() {
            super("datausage");
        }
    }

    public static final class RegisteredAlsoSms extends Named {
        public RegisteredAlsoSms() {
            super("sms");
        }
    }

    /** A module that only has a name. */
    public static class Named extends DelegatingModule {
        public Named(String name) {
            super(new FakeModule<>(name, Visit.class, List.of(), context -> { }));
        }
    }

    private static ClassLoader loaderRegistering(Path folder, Class<?>... modules) throws IOException {
        Path services = Files.createDirectories(folder.resolve("META-INF/services"));
        StringBuilder lines = new StringBuilder();
        for (Class<?> module : modules) {
            lines.append(module.getName()).append('\n');
        }
        Files.writeString(services.resolve("org.spyglass.core.module.ArtifactModule"), lines);
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, ModuleRegistryTest.class.getClassLoader());
    }

    @Test
    void findsModulesRegisteredAsServicesSortedByName(@TempDir Path folder) throws IOException {
        ModuleRegistry registry = ModuleRegistry.load(
                loaderRegistering(folder, RegisteredSms.class, RegisteredDataUsage.class));

        assertThat(registry.names()).containsExactly("datausage", "sms");
        assertThat(registry.byName("sms")).get().isInstanceOf(RegisteredSms.class);
        assertThat(registry.byName("nope")).isEmpty();
    }

    @Test
    void refusesToLoadTwoModulesWithOneName(@TempDir Path folder) throws IOException {
        ClassLoader loader = loaderRegistering(folder, RegisteredSms.class, RegisteredAlsoSms.class);

        assertThatThrownBy(() -> ModuleRegistry.load(loader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two modules are named 'sms'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMS", "safari-history", "", "sms.db", "alerts", "summary", "sms_detected"})
    void reportsNamesThatAreNotSafeSlugs(String name) {
        ModuleRegistry registry = ModuleRegistry.of(List.of(new Named(name)));

        assertThat(registry.problems()).singleElement().asString().contains("'" + name + "'");
        assertThatThrownBy(registry::validate).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acceptsSlugNames() {
        ModuleRegistry registry = ModuleRegistry.of(List.of(new Named("sms"), new Named("os_analytics_ad_daily"),
                new Named("webkit_indexeddb2")));

        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void listsTheModulesOfOneKindOfEvidence() {
        ModuleRegistry registry = ModuleRegistry.of(List.of(
                new DelegatingModule(new FakeModule<>("sms", Visit.class, List.of(), c -> { })
                        .kinds(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM)),
                new DelegatingModule(new FakeModule<>("packages", Visit.class, List.of(), c -> { })
                        .kinds(SourceKind.ANDROID_ANDROIDQF))));

        assertThat(registry.forKind(SourceKind.IOS_FILESYSTEM)).extracting(m -> m.name()).containsExactly("sms");
        assertThat(registry.forKind(SourceKind.ANDROID_ANDROIDQF)).extracting(m -> m.name())
                .containsExactly("packages");
        assertThat(registry.forKind(SourceKind.IOS_SYSDIAGNOSE)).isEmpty();
    }

    @Test
    void rejectsAnUnknownSelectedNameListingTheValidOnes() {
        ModuleRegistry registry = ModuleRegistry.of(List.of(new Named("sms"), new Named("datausage")));

        assertThatThrownBy(() -> registry.checkSelection(SourceKind.IOS_BACKUP, Set.of("sms", "smss")))
                .isInstanceOfSatisfying(SpyglassException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessage("Unknown module smss for IOS_BACKUP evidence; valid modules: datausage, sms.");
        registry.checkSelection(SourceKind.IOS_BACKUP, Set.of("sms"));
    }
}
