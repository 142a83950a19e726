package org.spyglass.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The lookup inputs of the matcher benchmark: {@link #SIZE} hosts, URLs, paths and process names, one in 64 of
 * each an indicator of the synthetic bundle (for the same seed), the rest look-alikes that miss.
 */
public record BenchInputs(String[] hosts, String[] urls, String[] paths, String[] processes) {
    public static final int SIZE = 1024;
    private static final long SEED = 42;

    /** Writes the large profile's synthetic bundles into {@code folder} and returns it. */
    public static Path writeLargeBundles(Path folder) throws IOException {
        SyntheticBundle.write(folder, EvidenceProfile.LARGE, new SyntheticValues(SEED));
        return folder;
    }

    /** Inputs aimed at the bundles of the large profile with the default seed; {@code salt} varies the misses. */
    public static BenchInputs create(long salt) {
        SyntheticValues values = new SyntheticValues(SEED);
        SyntheticValues misses = new SyntheticValues(SEED + salt + 1);
        String[] hosts = new String[SIZE];
        String[] urls = new String[SIZE];
        String[] paths = new String[SIZE];
        String[] processes = new String[SIZE];
        for (int i = 0; i < SIZE; i++) {
            boolean hit = i % 64 == 0;
            int domainIndex = (int) Long.remainderUnsigned(values.mix(i, 99), EvidenceProfile.LARGE.bundleDomains());
            int otherIndex = (int) Long.remainderUnsigned(values.mix(i, 98),
                    EvidenceProfile.LARGE.bundleOthersPerType());
            String domain = hit ? values.domain(domainIndex) : misses.domain(i);
            hosts[i] = "www." + domain;
            urls[i] = hit && i % 128 == 0 ? values.url(otherIndex)
                    : "https://cdn." + domain + "/assets/" + i + "/index.html?utm_source=bench";
            paths[i] = hit ? values.filePath(otherIndex) : "/private/var/mobile/Library/Caches/" + misses.fileName(i);
            processes[i] = hit ? values.process(otherIndex) : misses.process(i);
        }
        return new BenchInputs(hosts, urls, paths, processes);
    }
}
