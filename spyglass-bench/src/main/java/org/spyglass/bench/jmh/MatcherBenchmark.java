package org.spyglass.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.spyglass.bench.BenchInputs;
import org.spyglass.cli.feeds.FeedResolver;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.Indicators;

/**
 * Lookups per second of the matcher with the bundled feeds plus the synthetic bundle (1,000,000 domains and
 * 100,000 of each other type in the large profile). Each operation looks up one value from a fixed mix of
 * 1,024 inputs, one in 64 of them an indicator. {@code iocs} names a folder of bundles written by
 * {@code GenerateEvidence}; when empty, the large profile's bundles are written to a temporary folder first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class MatcherBenchmark {
    @Param("")
    public String iocs;

    private Indicators indicators;
    private BenchInputs inputs;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path folder = iocs.isEmpty() ? BenchInputs.writeLargeBundles(Files.createTempDirectory("spyglass-jmh-"))
                : Path.of(iocs);
        indicators = new FeedResolver(Path.of("/nonexistent-spyglass-data"), Map.of())
                .resolve(List.of(folder), true).indicators();
        inputs = BenchInputs.create(42);
    }

    private int index() {
        next = (next + 1) & (BenchInputs.SIZE - 1);
        return next;
    }

    @Benchmark
    public List<IndicatorMatch> host() {
        return indicators.matchHost(inputs.hosts()[index()]);
    }

    @Benchmark
    public List<IndicatorMatch> url() {
        return indicators.matchUrl(inputs.urls()[index()]);
    }

    @Benchmark
    public List<IndicatorMatch> path() {
        return indicators.matchFilePath(inputs.paths()[index()]);
    }

    @Benchmark
    public List<IndicatorMatch> process() {
        return indicators.matchProcess(inputs.processes()[index()]);
    }
}
