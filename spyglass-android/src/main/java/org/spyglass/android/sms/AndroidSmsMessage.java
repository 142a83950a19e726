package org.spyglass.android.sms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One SMS or MMS of an Android backup's telephony provider ({@code *_sms_backup}, {@code *_mms_backup}). The times are
 * absolute (epoch based), so they need no device time zone.
 *
 * @param kind      {@code sms} or {@code mms}
 * @param member    the backup member it comes from
 * @param address   the other party, or null when the backup names none
 * @param body      the text (MMS {@code mms_body}), empty when none
 * @param isodate   when received or sent, UTC; null when unset
 * @param dateSent  when the sender sent it, UTC; null when unset (0)
 * @param type      the provider's message box: 1 inbox, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued; null if absent
 * @param read      whether it was read, null when the backup does not say
 * @param direction {@code sent} or {@code received}
 * @param links     the links found in the body, in order
 */
public record AndroidSmsMessage(String kind, String member, String address, String body, Instant isodate,
                                Instant dateSent, Integer type, Boolean read, String direction, List<String> links) {
    public static final String SENT = "sent";
    public static final String RECEIVED = "received";

    public AndroidSmsMessage {
        Objects.requireNonNull(member, "member");
        if (!"sms".equals(kind) && !"mms".equals(kind)) {
            throw new IllegalArgumentException("kind is sms or mms: " + kind);
        }
        if (!SENT.equals(direction) && !RECEIVED.equals(direction)) {
            throw new IllegalArgumentException("direction is sent or received: " + direction);
        }
        body = body == null ? "" : body;
        links = List.copyOf(links);
    }
}
