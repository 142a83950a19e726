package org.spyglass.android.getprop;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches each property name against Android property indicators (CRITICAL), and flags a security patch level more
 * than {@value #MAX_PATCH_AGE_DAYS} days older than the day of the check.
 */
final class GetpropChecker implements Checker<SystemProperty> {
    static final String SECURITY_PATCH = "ro.build.version.security_patch";
    static final long MAX_PATCH_AGE_DAYS = 186;
    static final Heuristic OUTDATED_PATCH = new Heuristic("android.dumpsys_getprop.outdated-security-patch",
            Level.MEDIUM, "The phone has had no security update for more than six months, so spyware can use flaws "
                    + "that were fixed since. It is no trace of an infection: update the phone if it can be, or "
                    + "consider replacing it if its maker no longer updates it.");

    private final Clock clock;

    GetpropChecker(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void check(SystemProperty property, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchAndroidProperty(property.name());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a system property set by known spyware: "
                    + property.name() + " = \"" + property.value() + "\" " + MatchText.of(matches), null, property,
                    matches);
        }
        if (property.name().equals(SECURITY_PATCH)) {
            date(property.value()).ifPresent(patch -> {
                long age = ChronoUnit.DAYS.between(patch, LocalDate.now(clock));
                if (age > MAX_PATCH_AGE_DAYS) {
                    context.heuristicAlert(OUTDATED_PATCH, "The security patch level is " + patch + ", " + age
                            + " days before the day of this check", null, property);
                }
            });
        }
    }

    /** The patch level as a date; empty when it is not {@code YYYY-MM-DD} (then nothing can be judged). */
    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
