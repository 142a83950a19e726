package org.spyglass.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.spyglass.cli.feeds.FeedResolver;
import org.spyglass.cli.feeds.ResolvedIndicators;

/**
 * Measures loading indicators as {@code check-backup} does: the bundled feeds alone, or only the given files or
 * folders. For the bundled feeds, first loads them as a first run on a machine does (fresh JVM, empty indicator
 * cache): shipped (every file read and hashed, the compiled set shipped in the jar read). Then, without the shipped
 * set, loads twice with an indicator cache in a new temporary folder (removed at the end): cold (every file read,
 * hashed and parsed, then the compiled set written to the cache) and warm (every file read and hashed, the set read
 * from the cache). For each prints the wall time, the CPU time of the loading thread and of the whole process (the
 * files load on other threads too; the process figure also counts the garbage collector), the indicators loaded and
 * the heap they hold after a full GC. Usage: {@code FeedLoad bundled} or {@code FeedLoad PATH...}.
 */
public final class FeedLoad {
    private FeedLoad() {
    }

    public static void main(String[] args) throws IOException {
        boolean bundled = args.length == 1 && args[0].equals("bundled");
        List<Path> paths = new ArrayList<>();
        if (!bundled) {
            for (String arg : args) {
                paths.add(Path.of(arg));
            }
        }
        Path cache = Files.createTempDirectory("spyglass-feedload-cache");
        try {
            FeedResolver resolver = new FeedResolver(Path.of("/nonexistent-spyglass-data"), Map.of(), cache);
            if (bundled) {
                measure("shipped", resolver, paths, true);
                resolver = resolver.withoutShippedSet();
            }
            measure("cold", resolver, paths, bundled);
            measure("warm", resolver, paths, bundled);
        } finally {
            try (Stream<Path> files = Files.walk(cache)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void measure(String label, FeedResolver resolver, List<Path> paths, boolean bundled) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long processStart = processCpu();
        long start = System.nanoTime();
        ResolvedIndicators resolved = resolver.resolve(paths, bundled);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double processCpu = (processCpu() - processStart) / 1e9;
        String cacheLine = resolved.cache();
        double cached = (System.nanoTime() - start) / 1e9;
        System.gc();
        long held = memory.getHeapMemoryUsage().getUsed() - before;
        System.out.printf(Locale.ROOT, "%s: loaded %d indicators (%d warnings) in %.3f s (%.3f s CPU in the loading "
                        + "thread, %.3f s in the process); heap held %.1f MB; %s (done %.3f s after the start)%n",
                label, resolved.indicators().size(), resolved.warnings().size(), seconds, cpu, processCpu,
                held / 1e6, cacheLine.replace("indicators: ", ""), cached);
        Reference.reachabilityFence(resolved);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
