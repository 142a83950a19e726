package org.spyglass.report;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.spyglass.core.output.HandOffOutputStream;
import org.spyglass.core.output.TimelineSink;

/**
 * The page's timeline data made while the run writes {@code timeline.csv}, so that {@link ReportWriter} need not
 * read the file again: each row the merge sends is merged with the timed alerts of {@code alerts.json} and encoded
 * into {@link TimelineData}'s lines on the merge's thread (no copy of the row is kept), then compressed on
 * {@link TimelineData}'s threads, and put in base64 (as the page carries it) on a thread of its own, into a file of a
 * private scratch folder. Memory stays bounded by the compression's segments in flight. {@link #close} deletes the
 * file. The sink side is used by the writing thread only.
 */
public final class TimelineFeed implements TimelineSink.Opener, Closeable {
    private final Path scratch;
    private Path data;
    private TimelineData timeline;
    private boolean complete;

    /** @param scratch a private folder (never the results, never the evidence) for the data file */
    public TimelineFeed(Path scratch) {
        this.scratch = scratch;
    }

    /** Reads the timed alerts of {@code results} and starts the data. */
    @Override
    public TimelineSink open(Path results) throws IOException {
        if (data != null) {
            throw new IllegalStateException("a timeline feed is opened once");
        }
        List<AlertView> alerts = new ResultsReader().timedAlerts(results);
        data = Files.createTempFile(scratch, "report-timeline-", ".gz.base64");
        timeline = new TimelineData(alerts, new HandOffOutputStream(Base64.getEncoder().wrap(
                new BufferedOutputStream(Files.newOutputStream(data), 1 << 16)), "spyglass-report-base64"));
        return new Sink();
    }

    /** Whether every row reached the data and it is complete. */
    boolean complete() {
        return complete;
    }

    /** The compressed lines of the timeline (see {@link TimelineData}) in base64; whole when {@link #complete()}. */
    Path data() {
        return data;
    }

    /**
     * Gives the data up if the run did not end the rows, and deletes it. A failure to end the data given up is not
     * thrown: the run's results do not depend on it, and the report then reads {@code timeline.csv}.
     */
    @Override
    public void close() throws IOException {
        complete = false;
        try {
            if (timeline != null) {
                timeline.close();
            }
        } catch (IOException | RuntimeException givenUp) {
            // Already reported (command.log) when the rows failed; the data file is deleted below either way.
        } finally {
            if (data != null) {
                Files.deleteIfExists(data);
            }
        }
    }

    private final class Sink implements TimelineSink {
        @Override
        public void row(Row row) throws IOException {
            byte[] module = row.module();
            byte[] text = row.text();
            timeline.event(row.epochSecond(), row.nano(), module, 0, module.length, text, row.eventOffset(),
                    row.eventLength(), row.descriptionOffset(), row.descriptionLength());
        }

        @Override
        public void end() throws IOException {
            timeline.finish();
            complete = true;
        }
    }
}
