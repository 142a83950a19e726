package org.spyglass.ios.smsattachments;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of sms.db's {@code attachment} table with the message that carries it and that message's handle. Fields
 * follow MVT's names; the blob columns are base64. A column the database lacks leaves its field null; unlike MVT, a
 * missing file name stays null rather than becoming the text {@code "NULL"}. An attachment carried by two messages
 * gives two records.
 *
 * @param attachmentId    {@code attachment.ROWID}
 * @param guid            the attachment GUID
 * @param isodate         when the attachment was created ({@code created_date}), UTC
 * @param startDate       when its transfer started ({@code start_date}), UTC
 * @param filename        where Messages stored it, e.g. {@code ~/Library/SMS/Attachments/0f/15/<guid>/IMG_0001.HEIC}
 * @param uti             its uniform type identifier, e.g. {@code public.jpeg}
 * @param mimeType        its MIME type
 * @param transferName    the file name the sender gave it
 * @param totalBytes      its size
 * @param transferState   {@code transfer_state}
 * @param direction       {@value #SENT} or {@value #RECEIVED} ({@code is_outgoing})
 * @param isSticker       {@code is_sticker}
 * @param hideAttachment  {@code hide_attachment}
 * @param originalGuid    {@code original_guid}
 * @param userInfo        {@code user_info}, base64
 * @param stickerUserInfo {@code sticker_user_info}, base64
 * @param attributionInfo {@code attribution_info}, base64
 * @param hasUserInfo     whether {@code user_info} is set
 * @param messageId       the carrying message's ROWID, or null when the attachment is not joined to a message
 * @param service         that message's service ({@code SMS}, {@code iMessage}, ...)
 * @param phoneNumber     that message's handle (a phone number or e-mail address)
 */
public record SmsAttachment(long attachmentId, String guid, Instant isodate, Instant startDate, String filename,
                            String uti, String mimeType, String transferName, Long totalBytes, Long transferState,
                            String direction, Boolean isSticker, Boolean hideAttachment, String originalGuid,
                            String userInfo, String stickerUserInfo, String attributionInfo, boolean hasUserInfo,
                            Long messageId, String service, String phoneNumber) {
    public static final String SENT = "sent";
    public static final String RECEIVED = "received";

    public SmsAttachment {
        Objects.requireNonNull(direction, "direction");
        if (!direction.equals(SENT) && !direction.equals(RECEIVED)) {
            throw new IllegalArgumentException("direction is sent or received: " + direction);
        }
    }
}
