package org.spyglass.android.tombstones;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fields of one tombstone while its text or protobuf is read; turned into a {@link Tombstone} at the end. */
final class TombstoneFields {
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder().append(LOCAL)
            .appendOffset("+HHMM", "+0000").toFormatter(Locale.ROOT);

    String buildFingerprint;
    String revision;
    String arch;
    String timestamp;
    Long processUptime;
    final List<String> commandLine = new ArrayList<>();
    Long pid;
    Long tid;
    Long uid;
    String processName;
    String threadName;
    String selinuxLabel;
    Long signalNumber;
    String signalName;
    Long signalCode;
    String signalCodeName;
    String abortMessage;
    String cause;

    /**
     * The record. The time is read with its printed offset when there is one, else as device-local time turned into
     * UTC with {@code zone} when known; a timestamp that cannot be read is left out and reported by
     * {@link #badTimestamp()}.
     */
    Tombstone tombstone(String file, String format, ZoneId zone) {
        LocalDateTime local = null;
        Instant time = null;
        if (timestamp != null && !badTimestamp()) {
            String text = timestamp.strip();
            try {
                OffsetDateTime withOffset = OffsetDateTime.parse(text, WITH_OFFSET);
                local = withOffset.toLocalDateTime();
                time = withOffset.toInstant();
            } catch (DateTimeException e) {
                local = LocalDateTime.parse(text, LOCAL);
                time = zone == null ? null : local.atZone(zone).toInstant();
            }
        }
        String process = processName != null && !processName.isBlank() ? processName
                : commandLine.isEmpty() || commandLine.get(0).isBlank() ? null : commandLine.get(0);
        Tombstone.Signal signal = signalNumber == null && signalName == null ? null
                : new Tombstone.Signal(signalNumber, signalName, signalCode, signalCodeName);
        return new Tombstone(file, format, blankToNull(buildFingerprint), blankToNull(revision), blankToNull(arch),
                local == null ? null : local.toString(), time, time != null, processUptime, commandLine, pid, tid, uid,
                process, blankToNull(threadName), blankToNull(selinuxLabel), signal, blankToNull(abortMessage),
                blankToNull(cause));
    }

    /** True when a timestamp is there but cannot be read. */
    boolean badTimestamp() {
        if (timestamp == null || timestamp.isBlank()) {
            return false;
        }
        String text = timestamp.strip();
        for (DateTimeFormatter format : List.of(WITH_OFFSET, LOCAL)) {
            try {
                format.parse(text);
                return false;
            } catch (DateTimeException e) {
                continue;
            }
        }
        return true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
