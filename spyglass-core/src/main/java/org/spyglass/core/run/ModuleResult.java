package org.spyglass.core.run;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.spyglass.core.Level;

/**
 * What happened to one module in a run.
 *
 * @param name     the module name
 * @param status   what happened
 * @param records  records emitted (those up to the failure for a failed module)
 * @param alerts   alerts raised, by level; every level present
 * @param warnings warnings reported
 * @param reason   one line: why it failed, was absent, skipped or interrupted; null when it ran
 */
public record ModuleResult(String name, Status status, long records, Map<Level, Long> alerts, long warnings,
                           String reason) {

    /** What happened to a module. */
    public enum Status {
        /** It ran to the end. */
        RAN,
        /** None of the files it reads is in the evidence, so it did not run. */
        ABSENT,
        /** It threw: what it emitted before is kept, the other modules went on. */
        FAILED,
        /** It was not selected with {@code --module}. */
        SKIPPED,
        /** The run was interrupted before it started or while it ran. */
        INTERRUPTED
    }

    public ModuleResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        EnumMap<Level, Long> all = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            all.put(level, alerts.getOrDefault(level, 0L));
        }
        alerts = Map.copyOf(all);
    }

    /** A module that did not run, for the given status and reason. */
    public static ModuleResult notRun(String name, Status status, String reason) {
        return new ModuleResult(name, status, 0, Map.of(), 0, reason);
    }

    public long alertCount() {
        return alerts.values().stream().mapToLong(Long::longValue).sum();
    }
}
