package org.spyglass.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JVM options the {@code ./spyglass} launcher chooses ({@code --print-java-options}): the repository's launcher is
 * copied into a temporary tree, with or without a class data sharing archive beside its jar, and run with bash. The
 * number of cores it sees is set with {@code OMP_NUM_THREADS}, which GNU {@code nproc} honours.
 */
class LauncherOptionsTest {
    private static final Path LAUNCHER = Path.of("..", "spyglass");
    private static final String DEFAULT_HEAP = "-Xmx768m";
    private static final List<String> DEFAULT_GC = List.of("-XX:+UseParallelGC", "-XX:NewRatio=4");
    private static final List<String> DEFAULT_JIT = List.of("-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000");
    private static final String TWO_C2_THREADS = "-XX:CICompilerCount=3";

    @TempDir
    Path tree;

    @Test
    void defaultsOnTwoCoresWithAnArchive() throws Exception {
        Path archive = withArchive();

        List<String> options = options(Map.of("OMP_NUM_THREADS", "2"));

        assertThat(options).startsWith(DEFAULT_HEAP).containsSubsequence(DEFAULT_GC).containsSubsequence(DEFAULT_JIT)
                .contains(TWO_C2_THREADS, "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
    }

    @Test
    void fourCoresKeepTheJvmsOwnCompilerThreads() throws Exception {
        assertThat(options(Map.of("OMP_NUM_THREADS", "4"))).containsSubsequence(DEFAULT_JIT)
                .doesNotContain(TWO_C2_THREADS);
    }

    @Test
    void withoutAnArchiveNoneIsNamed() throws Exception {
        assertThat(options(Map.of())).noneMatch(option -> option.contains("SharedArchiveFile")
                || option.startsWith("-Xlog:cds"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Xmx2g", "-XX:MaxHeapSize=2g", "-XX:MaxRAMPercentage=50", "-XX:MaxRAM=8g"})
    void aHeapChosenByTheUserDropsTheDefaultHeapAndCollector(String heap) throws Exception {
        List<String> options = options(Map.of("SPYGLASS_JAVA_OPTS", heap));

        assertThat(options).doesNotContain(DEFAULT_HEAP).doesNotContainAnyElementsOf(DEFAULT_GC).endsWith(heap);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS"})
    void aHeapInTheJvmsOwnVariablesCountsToo(String variable) throws Exception {
        // The JVM reads these variables itself, so the launcher does not repeat them; it only gives up its default.
        List<String> options = options(Map.of(variable, "-Xmx2g"));

        assertThat(options).doesNotContain(DEFAULT_HEAP, "-Xmx2g").doesNotContainAnyElementsOf(DEFAULT_GC);
    }

    @Test
    void aCollectorChosenByTheUserKeepsTheDefaultHeap() throws Exception {
        List<String> options = options(Map.of("SPYGLASS_JAVA_OPTS", "-XX:+UseG1GC"));

        assertThat(options).startsWith(DEFAULT_HEAP).doesNotContainAnyElementsOf(DEFAULT_GC).endsWith("-XX:+UseG1GC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-XX:SharedArchiveFile=/elsewhere.jsa", "-XX:ArchiveClassesAtExit=/new.jsa",
        "-Xshare:off", "-XX:AOTCache=/app.aot", "-XX:AOTCacheOutput=/app.aot", "-XX:AOTMode=off"})
    void anArchiveOrAotCacheChosenByTheUserReplacesOurs(String option) throws Exception {
        // The JVM refuses to start with an AOT cache option beside -XX:SharedArchiveFile.
        withArchive();

        List<String> options = options(Map.of("SPYGLASS_JAVA_OPTS", option));

        assertThat(options).endsWith(option)
                .noneMatch(chosen -> chosen.contains("spyglass.jsa") || chosen.startsWith("-Xlog:cds"));
    }

    @Test
    void theUsersOptionsComeLastSoThatTheyWin() throws Exception {
        List<String> options = options(Map.of("SPYGLASS_JAVA_OPTS", "-XX:FreqInlineSize=325 -Dx=1"));

        assertThat(options).containsSubsequence("-XX:FreqInlineSize=100", "-XX:FreqInlineSize=325", "-Dx=1")
                .endsWith("-Dx=1");
    }

    private Path withArchive() throws IOException {
        Path archive = tree.resolve("spyglass-cli/target/spyglass.jsa");
        Files.createDirectories(archive.getParent());
        Files.write(archive, new byte[] {1});
        return archive;
    }

    /** The options the copied launcher prints, with the user's Java option variables cleared but for {@code env}. */
    private List<String> options(Map<String, String> env) throws IOException, InterruptedException {
        Path launcher = tree.resolve("spyglass");
        Files.copy(LAUNCHER, launcher);
        ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString(), "--print-java-options");
        builder.environment().keySet().removeAll(List.of("SPYGLASS_JAVA_OPTS", "JAVA_TOOL_OPTIONS",
                "JDK_JAVA_OPTIONS", "OMP_NUM_THREADS", "OMP_THREAD_LIMIT"));
        builder.environment().putAll(env);
        Process process = builder.redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(printed).isZero();
        return List.of(printed.split(" "));
    }
}
