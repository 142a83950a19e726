package org.spyglass.ios.whatsapp;

import java.time.Instant;

/**
 * One row of ContactsV2.sqlite's {@code ZWAADDRESSBOOKCONTACT}: an address-book contact as WhatsApp knows it, with
 * the disappearing-messages timer of the one-to-one chat (ChatStorage.sqlite does not record it). Field names follow
 * MVT's. A column the database lacks leaves its field null; the disappearing-mode fields are all null when the
 * duration column is missing (unknown, not "off").
 *
 * @param rowPk                      {@code Z_PK}
 * @param whatsappId                 {@code ZWHATSAPPID} ({@code <digits>@s.whatsapp.net})
 * @param lid                        {@code ZLID}
 * @param phoneNumber                {@code ZPHONENUMBER}
 * @param localizedPhoneNumber       {@code ZLOCALIZEDPHONENUMBER}
 * @param fullName                   {@code ZFULLNAME}
 * @param givenName                  {@code ZGIVENNAME}
 * @param lastName                   {@code ZLASTNAME}
 * @param userName                   {@code ZUSERNAME}
 * @param businessName               {@code ZBUSINESSNAME}
 * @param aboutText                  {@code ZABOUTTEXT}, the contact's "about" line
 * @param aboutEmoji                 {@code ZABOUTEMOJI}
 * @param notes                      {@code ZNOTES}
 * @param disappearingModeDuration   {@code ZDISAPPEARINGMODEDURATION}, seconds; 0 when off
 * @param disappearingModeTimestamp  {@code ZDISAPPEARINGMODETIMESTAMP}, when the timer was set, UTC
 * @param disappearingModeIsOn       true when a timer is set
 * @param disappearingModeLabel      {@code off}, {@code 24 hours}, {@code 7 days}, {@code 90 days}, … or
 *                                   {@code N seconds}
 * @param aboutTimestamp             {@code ZABOUTTIMESTAMP}, when the about line changed, UTC
 * @param aboutExpirationTimestamp   {@code ZABOUTEXPIRATIONTIMESTAMP}, when it expires, UTC
 * @param lastUpdated                {@code ZLASTUPDATED}, UTC
 * @param phoneStatus                {@code ZPHONESTATUS} or {@code ZPHONENUMBERSTATUS}
 * @param syncPolicy                 {@code ZSYNCPOLICY}
 */
public record WhatsappContact(long rowPk, String whatsappId, String lid, String phoneNumber,
                              String localizedPhoneNumber, String fullName, String givenName, String lastName,
                              String userName, String businessName, String aboutText, String aboutEmoji, String notes,
                              Long disappearingModeDuration, Instant disappearingModeTimestamp,
                              Boolean disappearingModeIsOn, String disappearingModeLabel, Instant aboutTimestamp,
                              Instant aboutExpirationTimestamp, Instant lastUpdated, Long phoneStatus,
                              Long syncPolicy) {

    /** How the contact is named in sentences: its WhatsApp id, LID or number, with the full name. */
    public String describe() {
        String id = whatsappId != null ? whatsappId : lid != null ? lid : phoneNumber != null ? phoneNumber
                : "unknown";
        return fullName == null ? id : id + " (" + fullName + ")";
    }
}
