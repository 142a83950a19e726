package org.spyglass.ios.profiles;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of MCProfileEvents.plist: a process installed, removed or otherwise changed a configuration profile.
 *
 * @param profileId the profile, as the log names it (usually its {@code PayloadIdentifier})
 * @param timestamp when, UTC, or null when the entry has no readable time
 * @param operation {@code install}, {@code remove}, …; null when missing
 * @param process   the process that asked for it; null when missing
 */
public record ProfileEvent(String profileId, Instant timestamp, String operation, String process) {
    public ProfileEvent {
        Objects.requireNonNull(profileId, "profileId");
    }
}
