package org.spyglass.ios.shutdown;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.text.TextLines;
import org.spyglass.core.time.Times;

/**
 * Reads shutdown.log and its rotated forms. A reboot is the lines up to its {@code SIGTERM: [epoch]} line (or, in
 * some versions, {@code ... @epoch}): {@code After X.XXs, these clients are still here:} notices, each followed by
 * {@code remaining client pid: N (path)} lines. One record is emitted per client per reboot when its SIGTERM line
 * is read, so only one reboot's clients are held at a time (at most {@value #MAX_CLIENTS} of them); a last block
 * without SIGTERM is emitted as incomplete. Lines that are none of these are counted and reported once per file.
 */
final class ShutdownLogParser implements Parser<ShutdownClient> {
    static final int MAX_CLIENTS = 10_000;
    private static final Pattern CLIENT = Pattern.compile("remaining client pid:\\s*(\\d{1,10})\\s*\\((.*)\\)\\s*");
    private static final Pattern DELAY = Pattern.compile("After\\s+(\\d{1,9}(?:\\.\\d+)?)s\\b.*");
    private static final Pattern BRACKET_TIME = Pattern.compile("\\[(\\d{1,12})]");
    private static final Pattern AT_TIME = Pattern.compile(" @(\\d{10})");
    private static final int SHOWN = 120;

    @Override
    public void parse(ParseContext<ShutdownClient> context) {
        for (EvidenceFile file : context.files()) {
            if (context.cancelled()) {
                return;
            }
            try (InputStream in = context.source().open(file)) {
                new LogFile(file.devicePath(), context).read(new TextLines(in));
            } catch (IOException e) {
                context.warn(file.devicePath(), "shutdown log could not be read: " + e.getMessage());
            }
        }
    }

    /** The reading of one log file. */
    private static final class LogFile {
        private final String path;
        private final ParseContext<ShutdownClient> context;
        private final Map<String, ShutdownClient> clients = new LinkedHashMap<>();
        private int reboot = 1;
        private int delays;
        private double delay;
        private long lines;
        private long unparsed;
        private String firstUnparsed;
        private long unreadableTimes;
        private long dropped;

        LogFile(String path, ParseContext<ShutdownClient> context) {
            this.path = path;
            this.context = context;
        }

        void read(TextLines text) throws IOException {
            for (String raw = text.next(); raw != null; raw = text.next()) {
                String line = raw.strip();
                if (!line.isEmpty()) {
                    lines++;
                    if (!understood(line)) {
                        unparsed++;
                        if (firstUnparsed == null) {
                            firstUnparsed = "line " + text.number() + ": \"" + shown(line) + "\"";
                        }
                    }
                }
            }
            if (!clients.isEmpty()) {
                flush(null, false);
            }
            report();
        }

        private boolean understood(String line) {
            if (line.startsWith("remaining client pid")) {
                Matcher m = CLIENT.matcher(line);
                if (!m.matches()) {
                    return false;
                }
                client(Long.parseLong(m.group(1)), m.group(2));
                return true;
            }
            if (line.startsWith("After ")) {
                Matcher m = DELAY.matcher(line);
                if (!m.matches()) {
                    return false;
                }
                delay += Double.parseDouble(m.group(1));
                delays++;
                return true;
            }
            if (line.startsWith("SIGTERM")) {
                flush(time(line), true);
                return true;
            }
            return false;
        }

        private void client(long pid, String client) {
            String key = pid + "\u0000" + client;
            if (clients.size() >= MAX_CLIENTS && !clients.containsKey(key)) {
                dropped++;
                return;
            }
            clients.put(key, new ShutdownClient(null, pid, client, delay, delays, reboot, delays, false, path));
        }

        private Instant time(String line) {
            Matcher bracket = BRACKET_TIME.matcher(line);
            Matcher at = AT_TIME.matcher(line);
            Instant time = bracket.find() ? Times.fromUnixSeconds(Long.parseLong(bracket.group(1)))
                    : at.find() ? Times.fromUnixSeconds(Long.parseLong(at.group(1))) : null;
            if (time == null) {
                unreadableTimes++;
            }
            return time;
        }

        private void flush(Instant time, boolean complete) {
            for (ShutdownClient c : clients.values()) {
                context.emit(new ShutdownClient(time, c.pid(), c.client(), c.delay(), c.timesDelayed(), reboot, delays,
                        complete, path));
            }
            clients.clear();
            reboot++;
            delays = 0;
            delay = 0;
        }

        private void report() {
            if (lines == 0) {
                context.absent(path, "the shutdown log is empty (iOS 26 rewrites it at each reboot)");
            }
            if (unparsed > 0) {
                context.warn(path, String.format(Locale.ROOT, "%d of %d lines were not understood and were skipped; "
                        + "the first is %s", unparsed, lines, firstUnparsed));
            }
            if (unreadableTimes > 0) {
                context.warn(path, unreadableTimes + " SIGTERM line(s) carry no readable reboot time; their clients "
                        + "are listed without a time");
            }
            if (dropped > 0) {
                context.warn(path, dropped + " client line(s) beyond " + MAX_CLIENTS + " distinct clients in one "
                        + "reboot were skipped");
            }
        }

        private static String shown(String line) {
            return line.length() > SHOWN ? line.substring(0, SHOWN) + "…" : line;
        }
    }
}
