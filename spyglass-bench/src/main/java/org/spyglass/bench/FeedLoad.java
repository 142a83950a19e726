package org.spyglass.bench;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spyglass.cli.feeds.FeedResolver;
import org.spyglass.cli.feeds.ResolvedIndicators;

/**
 * Measures loading indicators as {@code check-backup} does: the bundled feeds alone, or only the given files or
 * folders. Prints the wall time, the CPU time of the loading thread and of the whole process (the files of a folder
 * load one ahead on another thread; the process figure also counts the garbage collector), the indicators loaded
 * and the heap they hold after a full GC. Usage:
 * {@code FeedLoad bundled} or {@code FeedLoad PATH...}.
 */
public final class FeedLoad {
    private FeedLoad() {
    }

    public static void main(String[] args) {
        boolean bundled = args.length == 1 && args[0].equals("bundled");
        List<Path> paths = new ArrayList<>();
        if (!bundled) {
            for (String arg : args) {
                paths.add(Path.of(arg));
            }
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long processStart = processCpu();
        long start = System.nanoTime();
        ResolvedIndicators resolved = new FeedResolver(Path.of("/nonexistent-spyglass-data"), Map.of())
                .resolve(paths, bundled);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double processCpu = (processCpu() - processStart) / 1e9;
        System.gc();
        long held = memory.getHeapMemoryUsage().getUsed() - before;
        System.out.printf(Locale.ROOT, "loaded %d indicators (%d warnings) in %.3f s (%.3f s CPU in the loading thread, %.3f s in "
                        + "the process); heap held %.1f MB%n",
                resolved.indicators().size(), resolved.warnings().size(), seconds, cpu, processCpu, held / 1e6);
        Reference.reachabilityFence(resolved);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
