package org.spyglass.core.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@link TimelineSink} (or none) whose failures stay its own: the first one is written to {@code command.log} and
 * the sink gets nothing more, neither rows nor {@link TimelineSink#end}. Not thread-safe.
 */
final class GuardedSink {
    private final CommandLog log;
    private TimelineSink sink;

    /** Opens the sink of {@code opener} (may be null: then rows go nowhere). */
    GuardedSink(TimelineSink.Opener opener, Path results, CommandLog log) throws IOException {
        this.log = log;
        if (opener != null) {
            try {
                sink = opener.open(results);
            } catch (IOException | RuntimeException e) {
                failed(e);
            }
        }
    }

    void row(TimelineSink.Row row) throws IOException {
        if (sink != null) {
            try {
                sink.row(row);
            } catch (IOException | RuntimeException e) {
                failed(e);
            }
        }
    }

    void end() throws IOException {
        if (sink != null) {
            try {
                sink.end();
            } catch (IOException | RuntimeException e) {
                failed(e);
            }
            sink = null;
        }
    }

    private void failed(Exception e) throws IOException {
        sink = null;
        log.warning("the timeline could not be passed on while written (" + e.getMessage()
                + "); report.html reads timeline.csv instead");
    }
}
