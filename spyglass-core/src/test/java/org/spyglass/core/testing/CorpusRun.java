package org.spyglass.core.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.Warning;
import org.spyglass.core.run.ModuleRegistry;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.MalformedCorpus.Item;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Runs one registered module over a folder where every file it reads holds one {@link MalformedCorpus} item, and
 * lists what went wrong: an exception (or stack overflow) that escaped the module, or non-empty input that yielded
 * nothing and no warning naming one of its files (or, for a module that cannot work on this kind of source at all,
 * naming the source). An empty file may be a legitimately empty log, so it only has to be survived.
 */
public final class CorpusRun {

    private static final ModuleRegistry REGISTRY = ModuleRegistry.load();

    private CorpusRun() {
    }

    /**
     * Every registered module of the given kinds crossed with every corpus item, for a parameterised test: module
     * name, item, and the first of {@code kinds} (in the given order of preference) the module reads.
     */
    public static Stream<Arguments> cases(List<SourceKind> kinds, Path schemaFolder) throws IOException {
        List<Item> items = MalformedCorpus.items(schemas(schemaFolder));
        List<Arguments> cases = new ArrayList<>();
        for (ArtifactModule<?> module : REGISTRY.modules()) {
            if (module.sourceKinds().stream().anyMatch(kinds::contains) && !module.artifacts().isEmpty()) {
                for (Item item : items) {
                    cases.add(Arguments.of(module.name(), item,
                            kinds.stream().filter(module.sourceKinds()::contains).findFirst().orElseThrow()));
                }
            }
        }
        return cases.stream();
    }

    /** The text of every {@code .sql} script under {@code folder} (none when it does not exist), sorted by path. */
    public static List<String> schemas(Path folder) throws IOException {
        List<String> schemas = new ArrayList<>();
        try (Stream<Path> files = Files.isDirectory(folder) ? Files.walk(folder) : Stream.empty()) {
            for (Path file : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                schemas.add(Files.readString(file));
            }
        }
        return schemas;
    }

    /** The problems of one module on one item; empty when it turned the bad input into warnings. */
    public static List<String> problems(String moduleName, Item item, SourceKind kind, Path folder)
            throws IOException {
        return problems(moduleName, item.bytes(), kind, folder);
    }

    /**
     * Runs the module over raw bytes (a fuzzer's input) in every file it reads; whatever escapes the module is
     * thrown, so the fuzzer reports it with its own stack.
     */
    public static void survive(String moduleName, byte[] bytes, SourceKind kind) throws Exception {
        Path folder = Files.createTempDirectory("spyglass-fuzz-");
        try {
            fill(moduleName, bytes, folder);
            try (TestFolderSource source = new TestFolderSource(folder, kind, Map.of())) {
                ModuleRun.run(module(moduleName), source, TestIndicators.none());
            }
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static List<String> problems(String moduleName, byte[] bytes, SourceKind kind, Path folder)
            throws IOException {
        List<String> paths = fill(moduleName, bytes, folder);
        List<String> problems = new ArrayList<>();
        try (TestFolderSource source = new TestFolderSource(folder, kind, Map.of())) {
            ModuleRun.Result<?> result = ModuleRun.run(module(moduleName), source, TestIndicators.none());
            List<Warning> notes = new ArrayList<>(result.warnings());
            notes.addAll(result.absences());
            if (result.records().isEmpty() && bytes.length > 0
                    && paths.stream().noneMatch(path -> notes.stream().anyMatch(w -> names(w, path)))
                    && notes.stream().noneMatch(w -> w.location().equals(folder.toString()))) {
                problems.add("no warning names any of " + paths + " though nothing was read; notes: " + notes);
            }
        } catch (Exception | StackOverflowError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            problems.add("escaped: " + trace.toString().lines().limit(12).reduce("", (a, b) -> a + "\n" + b));
        }
        return problems;
    }

    private static ArtifactModule<?> module(String name) {
        return REGISTRY.byName(name).orElseThrow(() -> new IllegalArgumentException("no module " + name));
    }

    /** Writes the bytes at a path matching each of the module's globs; returns those device paths. */
    private static List<String> fill(String moduleName, byte[] bytes, Path folder) throws IOException {
        List<String> paths = new ArrayList<>();
        for (String glob : module(moduleName).artifacts()) {
            String path = glob.replace("/**/", "/").replace("**", "x").replace("*", "x");
            Path file = folder.resolve(path.substring(1));
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            paths.add(path);
        }
        return paths;
    }

    private static boolean names(Warning warning, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return path.equals(warning.location()) || warning.location().endsWith(name)
                || warning.message().contains(name);
    }
}
