package org.spyglass.ios.sms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of sms.db's {@code message} table, with its sender's handle. Fields follow MVT's names (the writers turn
 * them into snake_case). A column the database lacks (they vary by iOS version) leaves its field null.
 *
 * @param rowId       {@code message.ROWID}
 * @param guid        the message GUID
 * @param isodate     when sent or received, UTC; null when unset
 * @param isodateRead when read, UTC; null when unread or unknown
 * @param direction   {@code sent} or {@code received} ({@code is_from_me})
 * @param service     {@code SMS}, {@code iMessage}, {@code RCS}, …
 * @param account     the account the message came through, e.g. {@code p:+15550100} or {@code e:mail@example.com}
 * @param handleId    {@code message.handle_id}; 0 for messages without a handle (kept, unlike MVT)
 * @param phoneNumber the handle's id (a phone number or e-mail address), or null when the handle is missing
 * @param text        the text, empty when none
 * @param links       the links found in the text, in order
 */
public record SmsMessage(long rowId, String guid, Instant isodate, Instant isodateRead, String direction,
                         String service, String account, Long handleId, String phoneNumber, String text,
                         List<String> links) {
    public static final String SENT = "sent";
    public static final String RECEIVED = "received";

    public SmsMessage {
        Objects.requireNonNull(direction, "direction");
        if (!direction.equals(SENT) && !direction.equals(RECEIVED)) {
            throw new IllegalArgumentException("direction is sent or received: " + direction);
        }
        text = text == null ? "" : text;
        links = List.copyOf(links);
    }
}
