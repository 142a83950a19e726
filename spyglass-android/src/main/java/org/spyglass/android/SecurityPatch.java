package org.spyglass.android;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.spyglass.core.Level;
import org.spyglass.core.module.Heuristic;

/**
 * The one rule for an outdated security patch level ({@code ro.build.version.security_patch}), shared by every
 * module that reads it: the patch is outdated when it is more than {@value #MAX_AGE_DAYS} days (six months, as MVT)
 * before the reference day, which is the day the acquisition started (UTC) when known, else the day of the check.
 */
public final class SecurityPatch {
    /** The property holding the patch level, {@code YYYY-MM-DD}. */
    public static final String PROPERTY = "ro.build.version.security_patch";
    /** How many days the patch may lag behind the reference day. */
    public static final long MAX_AGE_DAYS = 186;

    private SecurityPatch() {
    }

    /** The heuristic of a module, by its id; every module explains it the same way. */
    public static Heuristic heuristic(String id) {
        return new Heuristic(id, Level.MEDIUM, "The phone's security patch is more than six months (" + MAX_AGE_DAYS
                + " days) older than the acquisition, or than the day of the check when the acquisition time is "
                + "unknown: it lacks fixes for publicly known vulnerabilities that spyware exploits. This says "
                + "nothing about an infection; update the phone, or replace it when it receives no more updates.");
    }

    /**
     * The alert message when {@code value} is a patch level older than the rule allows, else empty (a value that is
     * no date cannot be judged).
     *
     * @param acquired when the acquisition started, or null when unknown (then the clock's day is used)
     */
    public static Optional<String> outdated(String value, Instant acquired, Clock clock) {
        LocalDate patch;
        try {
            patch = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(acquired != null ? acquired : clock.instant(), ZoneOffset.UTC);
        long age = ChronoUnit.DAYS.between(patch, day);
        if (age <= MAX_AGE_DAYS) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "The security patch level %s is %d days older than %s (%s), "
                + "more than the %d allowed: the phone lacks fixes for known vulnerabilities", patch, age,
                acquired != null ? "the acquisition" : "the day of this check", day, MAX_AGE_DAYS));
    }
}
