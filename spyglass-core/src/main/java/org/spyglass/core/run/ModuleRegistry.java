package org.spyglass.core.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.source.SourceKind;

/**
 * The artifact modules available to a run, found with {@link ServiceLoader} from
 * {@code META-INF/services/org.spyglass.core.module.ArtifactModule}, sorted by name. Immutable.
 */
public final class ModuleRegistry {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");
    /** Names of the run-wide output files, which a module's {@code <name>.json} must not overwrite. */
    private static final Set<String> RESERVED = Set.of("alerts", "urls", "processes", "info", "summary");

    private final List<ArtifactModule<?>> modules;

    private ModuleRegistry(Collection<? extends ArtifactModule<?>> modules) {
        List<ArtifactModule<?>> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.comparing(m -> String.valueOf(m.name())));
        this.modules = List.copyOf(sorted);
    }

    /**
     * Every module registered on the class path, validated.
     *
     * @throws IllegalStateException when two modules share a name or a name is not a valid slug (a packaging bug)
     */
    public static ModuleRegistry load() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return load(context != null ? context : ModuleRegistry.class.getClassLoader());
    }

    /** As {@link #load()}, with the modules registered through {@code loader}. */
    public static ModuleRegistry load(ClassLoader loader) {
        List<ArtifactModule<?>> found = new ArrayList<>();
        for (ArtifactModule<?> module : ServiceLoader.load(ArtifactModule.class, loader)) {
            found.add(module);
        }
        ModuleRegistry registry = new ModuleRegistry(found);
        registry.validate();
        return registry;
    }

    /** A registry of the given modules, not validated (for tests and embedders). */
    public static ModuleRegistry of(Collection<? extends ArtifactModule<?>> modules) {
        return new ModuleRegistry(modules);
    }

    /** Every module, sorted by name; for {@code --list-modules}: name, description and source kinds. */
    public List<ArtifactModule<?>> modules() {
        return modules;
    }

    /** Every module name, sorted. */
    public List<String> names() {
        return modules.stream().map(ArtifactModule::name).toList();
    }

    public Optional<ArtifactModule<?>> byName(String name) {
        return modules.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The modules that read this kind of evidence, sorted by name: the candidates of a run on it. */
    public List<ArtifactModule<?>> forKind(SourceKind kind) {
        return modules.stream().filter(m -> m.sourceKinds().contains(kind)).toList();
    }

    /** Every problem of the registry, one sentence each; empty when it is sound. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ArtifactModule<?> module : modules) {
            String name = module.name();
            String where = " (" + module.getClass().getName() + ")";
            if (name == null || !NAME.matcher(name).matches()) {
                problems.add("module name '" + name + "' is not a slug of [a-z0-9_]" + where);
            } else if (RESERVED.contains(name) || name.endsWith("_detected")) {
                problems.add("module name '" + name + "' would overwrite a run-wide output file" + where);
            }
            if (name != null && !seen.add(name)) {
                problems.add("two modules are named '" + name + "'" + where);
            }
            if (module.description() == null || module.description().isBlank()) {
                problems.add("module '" + name + "' has no description" + where);
            }
            if (module.sourceKinds() == null || module.sourceKinds().isEmpty()) {
                problems.add("module '" + name + "' reads no kind of evidence" + where);
            }
        }
        return problems;
    }

    /** @throws IllegalStateException listing every {@link #problems() problem}, when there is one */
    public void validate() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid module registry: " + String.join("; ", problems));
        }
    }

    /**
     * Checks names given with {@code --module} against the modules for this kind of evidence.
     *
     * @throws SpyglassException a usage error naming the unknown names and listing the valid ones
     */
    public void checkSelection(SourceKind kind, Set<String> names) {
        checkSelection(forKind(kind), names, kind);
    }

    static void checkSelection(List<ArtifactModule<?>> candidates, Set<String> names, SourceKind kind) {
        Set<String> valid = candidates.stream().map(ArtifactModule::name).collect(Collectors.toSet());
        List<String> unknown = names.stream().filter(n -> !valid.contains(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            List<String> sorted = valid.stream().sorted().toList();
            throw SpyglassException.usage("Unknown module" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + " for " + kind + " evidence; valid modules: "
                    + (sorted.isEmpty() ? "none" : String.join(", ", sorted)) + ".");
        }
    }
}
