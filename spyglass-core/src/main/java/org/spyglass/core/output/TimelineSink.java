package org.spyglass.core.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Receives the rows of {@code timeline.csv} while {@link RunOutputs#finish} writes them, in the file's order and
 * without its header, so that a second reader of the timeline (the report) needs no second pass over the file.
 * Called on the writing thread; a sink that throws gets no further rows and no {@link #end}, and the file is written
 * all the same.
 */
public interface TimelineSink {
    /** One row; what it holds is valid only during the call. */
    void row(Row row) throws IOException;

    /** Called after the last row, when every row was sent. */
    void end() throws IOException;

    /** Opens the sink of a run. */
    @FunctionalInterface
    interface Opener {
        /**
         * Called by {@link RunOutputs#finish} once {@code alerts.json} is complete in {@code results}, before the
         * first row.
         */
        TimelineSink open(Path results) throws IOException;
    }

    /**
     * A row as the merge holds it: the time as epoch seconds and nanoseconds, the text fields as UTF-8 bytes (a
     * lone surrogate of the event's text became {@code ?}, as in the file). The arrays are read-only and change
     * after the call.
     */
    interface Row {
        long epochSecond();

        /** 0 to 999,999,999. */
        int nano();

        /** The module name. */
        byte[] module();

        /** The array that holds the event kind and the description. */
        byte[] text();

        int eventOffset();

        int eventLength();

        int descriptionOffset();

        int descriptionLength();
    }
}
