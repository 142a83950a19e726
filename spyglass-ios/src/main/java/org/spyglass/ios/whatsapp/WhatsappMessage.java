package org.spyglass.ios.whatsapp;

import java.time.Instant;
import java.util.List;

/**
 * One message of ChatStorage.sqlite's {@code ZWAMESSAGE}, with its media item ({@code ZWAMEDIAITEM}) and its first
 * link preview ({@code ZWAMESSAGEDATAITEM}). MVT names these fields after the raw columns ({@code ZTEXT},
 * {@code ZFROMJID}); here they are the columns' meaning, snake_cased by the writer. A column the database lacks
 * leaves its field null.
 *
 * @param messageId      {@code ZWAMESSAGE.Z_PK}
 * @param chatSession    {@code ZCHATSESSION}, the chat ({@code ZWACHATSESSION.Z_PK})
 * @param isodate        {@code ZMESSAGEDATE}, when sent or received, UTC
 * @param sentDate       {@code ZSENTDATE}, UTC
 * @param isFromMe       {@code ZISFROMME}: true when the phone's owner sent it
 * @param fromJid        {@code ZFROMJID}, the sender ({@code <digits>@s.whatsapp.net}, {@code …@lid}, a group)
 * @param toJid          {@code ZTOJID}, the recipient of a sent message
 * @param pushName       {@code ZPUSHNAME}, the name the sender chose
 * @param stanzaId       {@code ZSTANZAID}, WhatsApp's message id
 * @param messageType    {@code ZMESSAGETYPE} (0 text, 1 image, 2 video, 3 voice, 7 link, …)
 * @param groupEventType {@code ZGROUPEVENTTYPE}, for group notices
 * @param text           {@code ZTEXT}, empty when none
 * @param authorName     {@code ZWAMEDIAITEM.ZAUTHORNAME}
 * @param mediaUrl       {@code ZWAMEDIAITEM.ZMEDIAURL}
 * @param mediaLocalPath {@code ZWAMEDIAITEM.ZMEDIALOCALPATH}, relative to the app group
 * @param content1       {@code ZWAMESSAGEDATAITEM.ZCONTENT1}
 * @param content2       {@code ZWAMESSAGEDATAITEM.ZCONTENT2}
 * @param matchedText    {@code ZWAMESSAGEDATAITEM.ZMATCHEDTEXT}, the link as it appeared in the text
 * @param summary        {@code ZWAMESSAGEDATAITEM.ZSUMMARY}, the preview's description
 * @param title          {@code ZWAMESSAGEDATAITEM.ZTITLE}, the preview's title
 * @param links          the distinct links of the text, media URL and every link preview, without WhatsApp's own
 *                       media links (see {@link WhatsappLinks})
 */
public record WhatsappMessage(long messageId, Long chatSession, Instant isodate, Instant sentDate, Boolean isFromMe,
                              String fromJid, String toJid, String pushName, String stanzaId, Long messageType,
                              Long groupEventType, String text, String authorName, String mediaUrl,
                              String mediaLocalPath, String content1, String content2, String matchedText,
                              String summary, String title, List<String> links) {
    public WhatsappMessage {
        text = text == null ? "" : text;
        links = List.copyOf(links);
    }
}
