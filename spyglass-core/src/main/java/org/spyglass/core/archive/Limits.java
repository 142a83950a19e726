package org.spyglass.core.archive;

/**
 * Bounds on what one extraction may produce, so that a hostile archive (a zip bomb, millions of empty members)
 * cannot fill the disk or run for hours. Extraction stops, with a warning, at the first bound reached; what was
 * extracted until then stays.
 *
 * @param maxBytes        the most bytes written in all, over every member
 * @param maxEntries      the most members read (files, folders, links and refused members alike)
 * @param maxRatio        the most bytes written per byte of the archive read so far
 * @param ratioFloorBytes the ratio is only checked once this many bytes were written, since small archives of
 *                        repetitive text legitimately compress very well
 */
public record Limits(long maxBytes, long maxEntries, long maxRatio, long ratioFloorBytes) {
    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;

    /**
     * Generous bounds for phone evidence: 64 GiB, one million members, a ratio of 100 checked from 64 MiB on. Phone
     * archives (sysdiagnose, filesystem dumps) compress by a factor of 2 to 20; a zip bomb by a thousand or more.
     */
    public static final Limits DEFAULT = new Limits(64 * GIB, 1_000_000, 100, 64 * MIB);

    public Limits {
        if (maxBytes <= 0 || maxEntries <= 0 || maxRatio <= 0 || ratioFloorBytes < 0) {
            throw new IllegalArgumentException("archive limits are positive: " + maxBytes + ", " + maxEntries + ", "
                    + maxRatio + ", " + ratioFloorBytes);
        }
    }
}
