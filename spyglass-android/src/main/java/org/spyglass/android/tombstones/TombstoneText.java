package org.spyglass.android.tombstones;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.core.text.TextLines;

/**
 * Reads the header of a text tombstone, up to the first {@code backtrace:} line: {@code Build fingerprint: '...'},
 * {@code Revision: '...'}, {@code ABI: '...'}, {@code Timestamp: ...}, {@code Process uptime: <n>s},
 * {@code Cmdline: ...}, {@code pid: <n>, tid: <n>, name: <thread>  >>> <process> <<<}, {@code uid: <n>},
 * {@code signal <n> (<name>), code <n> (<name>), ...}, {@code Abort message: '...'} and the first {@code Cause: ...}.
 * Only the first report of the file is read (a file holds one crash).
 */
final class TombstoneText {
    private static final Pattern QUOTED = Pattern.compile("^(Build fingerprint|Revision|ABI|Abort message): '(.*)'$");
    private static final Pattern IDS = Pattern.compile(
            "^pid: (\\d{1,10}), tid: (\\d{1,10}), name: (.*?)\\s+>>> (.*) <<<$");
    private static final Pattern SIGNAL = Pattern.compile(
            "^signal (-?\\d{1,10}) \\(([^)]*)\\), code (-?\\d{1,10}) \\(([^)]*)\\)");
    private static final Pattern UPTIME = Pattern.compile("^Process uptime: (\\d{1,12})s$");
    private static final Pattern UID = Pattern.compile("^uid: (\\d{1,10})$");

    private TombstoneText() {
    }

    static TombstoneFields read(InputStream in) throws IOException {
        TombstoneFields fields = new TombstoneFields();
        TextLines text = new TextLines(in);
        for (String line = text.next(); line != null; line = text.next()) {
            String stripped = line.strip();
            if (stripped.startsWith("backtrace:")) {
                break;
            }
            Matcher m;
            if ((m = QUOTED.matcher(stripped)).matches()) {
                switch (m.group(1)) {
                    case "Build fingerprint" -> fields.buildFingerprint = m.group(2);
                    case "Revision" -> fields.revision = m.group(2);
                    case "ABI" -> fields.arch = m.group(2);
                    default -> fields.abortMessage = m.group(2);
                }
            } else if (stripped.startsWith("Timestamp: ")) {
                fields.timestamp = stripped.substring("Timestamp: ".length());
            } else if (stripped.startsWith("Cmdline: ")) {
                fields.commandLine.clear();
                for (String word : stripped.substring("Cmdline: ".length()).strip().split("\\s+")) {
                    fields.commandLine.add(word);
                }
            } else if ((m = IDS.matcher(stripped)).matches()) {
                fields.pid = Long.parseLong(m.group(1));
                fields.tid = Long.parseLong(m.group(2));
                fields.threadName = m.group(3);
                fields.processName = m.group(4).strip();
            } else if ((m = SIGNAL.matcher(stripped)).find()) {
                fields.signalNumber = Long.parseLong(m.group(1));
                fields.signalName = m.group(2);
                fields.signalCode = Long.parseLong(m.group(3));
                fields.signalCodeName = m.group(4);
            } else if ((m = UPTIME.matcher(stripped)).matches()) {
                fields.processUptime = Long.parseLong(m.group(1));
            } else if ((m = UID.matcher(stripped)).matches()) {
                fields.uid = Long.parseLong(m.group(1));
            } else if (stripped.startsWith("Cause: ") && fields.cause == null) {
                fields.cause = stripped.substring("Cause: ".length());
            }
        }
        return fields;
    }
}
