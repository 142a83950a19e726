package org.spyglass.android.intrusion;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One security event of an intrusion log ({@code security_event}): one of Android's SecurityLog tags with its data.
 *
 * @param time      when, UTC ({@code event_time} is Unix epoch nanoseconds); null when absent or out of range
 * @param eventTime {@code event_time} as written, in nanoseconds; null when absent
 * @param eventId   the event's id ({@code event_id}: grows by one per event, reset at reboot), or null when absent
 * @param tag       the SecurityLog tag in snake case ({@code adb_shell_cmd}, {@code app_process_start}, …)
 * @param data      the tag's fields as written; a tag whose value is not an object has it under {@code value}
 * @param app       the app or process the event names ({@code process} of {@code app_process_start},
 *                  {@code package_name} of the package events), or null
 * @param file      the log file
 * @param line      the 1-based line in that file
 */
public record IntrusionSecurityEvent(Instant time, Long eventTime, Long eventId, String tag, Map<String, Object> data,
                                     String app, String file, long line) {
    public IntrusionSecurityEvent {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(file, "file");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1: " + line);
        }
    }

    /** A field of {@link #data} as text, or null when absent or null. */
    public String text(String field) {
        Object value = data.get(field);
        return value == null ? null : value.toString();
    }

    /** A yes/no field of {@link #data} (JSON true/false, or SecurityLog's 1/0), or null when absent or neither. */
    public Boolean flag(String field) {
        Object value = data.get(field);
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number number && (number.longValue() == 0 || number.longValue() == 1)) {
            return number.longValue() == 1;
        }
        return null;
    }
}
