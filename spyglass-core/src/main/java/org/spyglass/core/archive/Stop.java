package org.spyglass.core.archive;

/** Why an extraction ended before the end of the archive. What was extracted until then stays. */
public enum Stop {
    /** The archive ends early or is corrupt after some members. */
    TRUNCATED,
    /** {@link Limits#maxEntries()} was reached. */
    TOO_MANY_ENTRIES,
    /** {@link Limits#maxBytes()} would have been exceeded. */
    TOO_LARGE,
    /** The output grew more than {@link Limits#maxRatio()} times the archive bytes read: a likely zip bomb. */
    COMPRESSION_RATIO
}
