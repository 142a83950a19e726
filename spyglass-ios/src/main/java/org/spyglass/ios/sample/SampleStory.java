package org.spyglass.ios.sample;

import java.time.Instant;

/**
 * The moments of the sample's invented story, in one place so that the artifacts agree with each other: the times
 * one artifact plants are the times the others lead up to or follow.
 */
final class SampleStory {
    /** The one-click attempt: an SMS with a link to Pegasus infrastructure. */
    static final Instant SMS_LINK = Instant.parse("2021-03-18T11:42:07Z");
    /** The network-injection attempt: the plain-HTTP visit that was redirected. */
    static final Instant INJECTED_VISIT = Instant.parse("2021-05-06T19:21:34.120Z");
    /** The redirect's landing on the exploit server, 3 ms later. */
    static final Instant INJECTED_LANDING = Instant.parse("2021-05-06T19:21:34.123Z");
    /** The zero-click attack: iOS looks up the attacker's iCloud account when the iMessage arrives. */
    static final Instant ATTACKER_LOOKUP = Instant.parse("2021-07-14T02:13:51Z");
    /** First network use of {@code bh}, 95 seconds after the lookup. */
    static final Instant BH_FIRST = Instant.parse("2021-07-14T02:15:26Z");
    /** Pegasus writes com.apple.CrashReporter.plist. */
    static final Instant CRASH_REPORTER_CREATED = Instant.parse("2021-07-14T02:16:02Z");
    /** The usage row of the process whose row was later deleted. */
    static final Instant DELETED_PROCESS_USAGE = Instant.parse("2021-07-14T02:16:10Z");
    /** First network use of {@code roleaccountd}, outside the correlation's ten minutes. */
    static final Instant ROLEACCOUNTD_FIRST = Instant.parse("2021-07-14T02:31:09Z");
    /** Apple's threat notification arrives by SMS. */
    static final Instant THREAT_NOTIFICATION = Instant.parse("2021-11-24T09:15:00Z");
    /** The backup. */
    static final Instant BACKUP = Instant.parse("2021-11-25T18:30:00Z");

    private SampleStory() {
    }
}
