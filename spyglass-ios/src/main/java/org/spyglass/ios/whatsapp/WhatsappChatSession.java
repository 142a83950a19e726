package org.spyglass.ios.whatsapp;

import java.time.Instant;

/**
 * One chat of ChatStorage.sqlite's {@code ZWACHATSESSION} with the dates of its first and last stored messages.
 * Field names follow MVT's {@code chat_session} records. A column the database lacks leaves its field null.
 *
 * @param sessionPk                  {@code Z_PK}
 * @param contactJid                 {@code ZCONTACTJID}: the contact ({@code …@s.whatsapp.net}, {@code …@lid}) or
 *                                   the group ({@code …@g.us})
 * @param partnerName                {@code ZPARTNERNAME}
 * @param sessionType                {@code ZSESSIONTYPE} (0 one-to-one, 1 group, 2 broadcast, 3 status)
 * @param archived                   {@code ZARCHIVED}
 * @param removed                    {@code ZREMOVED}: the chat was deleted but its row kept
 * @param messageCounter             {@code ZMESSAGECOUNTER}, WhatsApp's own count (deleted messages included)
 * @param lastMessageDate            {@code ZLASTMESSAGEDATE}, UTC; may be later than the last stored message
 * @param groupCreationDate          {@code ZWAGROUPINFO.ZCREATIONDATE} for groups, UTC
 * @param firstStoredMessageDate     the oldest {@code ZWAMESSAGE.ZMESSAGEDATE} of the chat, UTC
 * @param lastStoredMessageDate      the newest one, UTC
 * @param storedMessageCount         the messages of the chat still in the database
 * @param partnerResolvedPhoneNumber for a LID contact, the phone number paired with it ({@code +digits})
 */
public record WhatsappChatSession(long sessionPk, String contactJid, String partnerName, Long sessionType,
                                  Boolean archived, Boolean removed, Long messageCounter, Instant lastMessageDate,
                                  Instant groupCreationDate, Instant firstStoredMessageDate,
                                  Instant lastStoredMessageDate, long storedMessageCount,
                                  String partnerResolvedPhoneNumber) {
    public WhatsappChatSession {
        if (storedMessageCount < 0) {
            throw new IllegalArgumentException("storedMessageCount is not negative: " + storedMessageCount);
        }
    }

    /** True for a group chat. */
    public boolean isGroup() {
        return (contactJid != null && contactJid.endsWith("@g.us")) || groupCreationDate != null;
    }
}
