package org.spyglass.android.tombstones;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A native crash report ({@code /data/tombstones/tombstone_NN}, text, or {@code tombstone_NN.pb}, protobuf, Android
 * 12+). Every field but the file and format may be null when the report does not hold it.
 *
 * @param file             the path inside the bugreport
 * @param format           {@code text} or {@code protobuf}
 * @param buildFingerprint the build the phone ran
 * @param revision         the hardware revision
 * @param arch             the ABI ({@code arm64}, {@code x86_64}, ...)
 * @param localTime        the crash's device-local wall-clock time, ISO-8601 without offset
 * @param time             the crash in UTC: from the offset the report prints, else from the device's time zone
 * @param timeInUtc        true when {@code time} is known
 * @param processUptime    seconds the process had run
 * @param commandLine      the process's command line (empty when not printed)
 * @param pid              the process id
 * @param tid              the crashing thread's id
 * @param uid              the process's user id
 * @param processName      the process (the {@code >>> name <<<} of the text, else the command line's first word)
 * @param threadName       the crashing thread's name
 * @param selinuxLabel     the process's SELinux context (protobuf only)
 * @param signal           the fatal signal
 * @param abortMessage     the abort message
 * @param cause            the first probable cause printed
 */
public record Tombstone(String file, String format, String buildFingerprint, String revision, String arch,
                        String localTime, Instant time, boolean timeInUtc, Long processUptime,
                        List<String> commandLine, Long pid, Long tid, Long uid, String processName,
                        String threadName, String selinuxLabel, Signal signal, String abortMessage, String cause) {
    static final Set<String> FORMATS = Set.of("text", "protobuf");

    public Tombstone {
        Objects.requireNonNull(file, "file");
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("not a tombstone format: " + format);
        }
        commandLine = List.copyOf(commandLine);
        if (localTime != null) {
            LocalDateTime.parse(localTime);
        }
        if (timeInUtc != (time != null)) {
            throw new IllegalArgumentException("timeInUtc says whether the UTC time is known");
        }
    }

    /**
     * The fatal signal of a tombstone.
     *
     * @param number   the signal number (11)
     * @param name     its name ({@code SIGSEGV})
     * @param code     the signal code
     * @param codeName the code's name ({@code SEGV_MAPERR})
     */
    public record Signal(Long number, String name, Long code, String codeName) {
    }
}
