package org.spyglass.ios.interactionc;

import java.time.Instant;

/**
 * One row of interactionC.db's interactions (messages, calls, shares that apps donated to CoreDuet) joined to its
 * sender, one attachment and one recipient, as MVT's (APOLLO's) query gives it: an interaction with two recipients
 * is two records. Field names follow MVT's (its {@code derivied_intent_id} spelled right). A column or join the
 * database lacks leaves its fields null. The per-contact first/last dates of {@code ZCONTACTS} are left out.
 *
 * @param tableId                    {@code ZINTERACTIONS.Z_PK}
 * @param startDate                  {@code ZSTARTDATE}, UTC
 * @param endDate                    {@code ZENDDATE}, UTC
 * @param interactionsCreationDate   {@code ZCREATIONDATE}, when the row was written, UTC
 * @param bundleId                   {@code ZBUNDLEID}, the app ({@code com.apple.MobileSMS},
 *                                   {@code net.whatsapp.WhatsApp})
 * @param targetBundleId             {@code ZTARGETBUNDLEID}
 * @param account                    {@code ZACCOUNT}, the app's account (an Apple ID, a phone number)
 * @param direction                  {@code INCOMING} (0), {@code OUTGOING} (1), or the raw value
 * @param mechanism                  {@code ZMECHANISM}
 * @param isResponse                 {@code ZISRESPONSE}
 * @param recipientCount             {@code ZRECIPIENTCOUNT}
 * @param domainIdentifier           {@code ZDOMAINIDENTIFIER}, the app's conversation id
 * @param groupName                  {@code ZGROUPNAME}
 * @param derivedIntentId            {@code ZDERIVEDINTENTIDENTIFIER}
 * @param locationUuid               {@code ZLOCATIONUUID}
 * @param interactionContentUrl      {@code ZINTERACTIONS.ZCONTENTURL}
 * @param senderDisplayName          the sender's {@code ZCONTACTS.ZDISPLAYNAME}
 * @param senderIdentifier           the sender's {@code ZIDENTIFIER} (a phone number, an e-mail, a WhatsApp LID)
 * @param senderPersonid             the sender's {@code ZPERSONID} (the address-book id)
 * @param customId                   the sender's {@code ZCUSTOMIDENTIFIER}
 * @param incomingRecipientCount     the sender's {@code ZINCOMINGRECIPIENTCOUNT}
 * @param incomingSenderCount        the sender's {@code ZINCOMINGSENDERCOUNT}
 * @param outgoingRecipientCount     the sender's {@code ZOUTGOINGRECIPIENTCOUNT}
 * @param recipientDisplayName       the recipient's {@code ZDISPLAYNAME}
 * @param recipientIdentifier        the recipient's {@code ZIDENTIFIER}
 * @param recipientPersonid          the recipient's {@code ZPERSONID}
 * @param content                    the attachment's {@code ZCONTENTTEXT}
 * @param uti                        the attachment's {@code ZUTI} (its type)
 * @param attachmentContentUrl       the attachment's {@code ZCONTENTURL}
 * @param size                       the attachment's {@code ZSIZEINBYTES}
 * @param photoLocalId               the attachment's {@code ZPHOTOLOCALIDENTIFIER}
 * @param attachmentId               the attachment's {@code ZIDENTIFIER}, hex
 * @param cloudId                    the attachment's {@code ZCLOUDIDENTIFIER}
 * @param senderResolvedPhoneNumber  for WhatsApp, the sender's phone number from ContactsV2.sqlite
 * @param senderResolvedName         for WhatsApp, the sender's contact name from ContactsV2.sqlite
 * @param recipientResolvedPhoneNumber for WhatsApp, the recipient's phone number
 * @param recipientResolvedName      for WhatsApp, the recipient's contact name
 */
public record Interaction(long tableId, Instant startDate, Instant endDate, Instant interactionsCreationDate,
                          String bundleId, String targetBundleId, String account, String direction, Long mechanism,
                          Boolean isResponse, Long recipientCount, String domainIdentifier, String groupName,
                          String derivedIntentId, String locationUuid, String interactionContentUrl,
                          String senderDisplayName, String senderIdentifier, String senderPersonid, String customId,
                          Long incomingRecipientCount, Long incomingSenderCount, Long outgoingRecipientCount,
                          String recipientDisplayName, String recipientIdentifier, String recipientPersonid,
                          String content, String uti, String attachmentContentUrl, Long size, String photoLocalId,
                          String attachmentId, String cloudId, String senderResolvedPhoneNumber,
                          String senderResolvedName, String recipientResolvedPhoneNumber,
                          String recipientResolvedName) {
    public static final String INCOMING = "INCOMING";
    public static final String OUTGOING = "OUTGOING";
    public static final String WHATSAPP = "net.whatsapp.WhatsApp";
}
