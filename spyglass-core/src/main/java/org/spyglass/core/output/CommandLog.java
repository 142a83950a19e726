package org.spyglass.core.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import org.spyglass.core.time.Times;

/**
 * {@code command.log}: a plain, line-per-event log of the run, {@code <UTC time> - <LEVEL> - <message>}. Line
 * breaks inside a message are replaced by spaces, so one event is always one line. It holds what the request and the
 * run hold, which never includes a password. Thread-safe.
 */
public final class CommandLog implements Closeable {
    private final Writer out;
    private final Clock clock;

    public CommandLog(Path file, Clock clock) throws IOException {
        this(Files.newBufferedWriter(file, StandardCharsets.UTF_8), clock);
    }

    private CommandLog(Writer writer, Clock clock) {
        this.out = new BufferedWriter(writer, 1 << 14);
        this.clock = clock;
    }

    /** A log that adds its lines at the end of an existing {@code command.log} (created when missing). */
    public static CommandLog append(Path file, Clock clock) throws IOException {
        return new CommandLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE), clock);
    }

    public void info(String message) throws IOException {
        line("INFO", message);
    }

    public void warning(String message) throws IOException {
        line("WARNING", message);
    }

    public void error(String message) throws IOException {
        line("ERROR", message);
    }

    /** Logs under a level name of its own, such as an alert's level ({@code CRITICAL}). */
    public synchronized void line(String level, String message) throws IOException {
        out.write(Times.mvt(clock.instant()));
        out.write(" - ");
        out.write(level);
        out.write(" - ");
        out.write(message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
        out.write('\n');
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
