package org.spyglass.ios.calls;

import java.time.Instant;

/**
 * One call of CallHistory.storedata's {@code ZCALLRECORD}. MVT's fields (isodate, duration, location, number,
 * provider) plus the row key, direction, answer flag and unique id. A column the store lacks leaves its field null.
 *
 * @param id        {@code Z_PK}
 * @param isodate   when the call started ({@code ZDATE}), UTC
 * @param duration  seconds ({@code ZDURATION})
 * @param location  the place iOS derived from the number ({@code ZLOCATION}), e.g. {@code California}
 * @param number    the other party ({@code ZADDRESS}, a phone number or, for FaceTime, an e-mail address)
 * @param provider  the calling service ({@code ZSERVICE_PROVIDER}): {@code com.apple.Telephony},
 *                  {@code com.apple.FaceTime}, or a VoIP app's bundle id such as {@code net.whatsapp.WhatsApp}
 * @param direction {@value #OUTGOING} or {@value #INCOMING} ({@code ZORIGINATED}); null when unknown
 * @param answered  {@code ZANSWERED}; null when unknown
 * @param uniqueId  {@code ZUNIQUE_ID}
 */
public record CallRecord(long id, Instant isodate, Double duration, String location, String number, String provider,
                         String direction, Boolean answered, String uniqueId) {
    public static final String OUTGOING = "outgoing";
    public static final String INCOMING = "incoming";

    public CallRecord {
        if (direction != null && !direction.equals(OUTGOING) && !direction.equals(INCOMING)) {
            throw new IllegalArgumentException("direction is outgoing, incoming or null: " + direction);
        }
    }

    /** True when the other party is an e-mail address (an Apple ID, as FaceTime and iMessage calls record). */
    public boolean numberIsEmail() {
        return number != null && number.indexOf('@') > 0;
    }
}
