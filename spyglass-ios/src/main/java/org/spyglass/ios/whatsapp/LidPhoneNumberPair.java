package org.spyglass.ios.whatsapp;

import java.time.Instant;

/**
 * One row of {@code ZWAPHONENUMBERLIDPAIR}: WhatsApp learnt which phone number stands behind a LID (the linked
 * identity that hides members' numbers in groups). Fields follow MVT's {@code lid_phone_number_pair} records.
 *
 * @param lid           {@code ZLID}, as stored (digits, or {@code <digits>@lid})
 * @param phoneNumber   {@code ZPHONENUMBER}, as stored
 * @param pairTimestamp {@code ZTIMESTAMP}, when the pair was recorded, UTC
 */
public record LidPhoneNumberPair(String lid, String phoneNumber, Instant pairTimestamp) {
}
