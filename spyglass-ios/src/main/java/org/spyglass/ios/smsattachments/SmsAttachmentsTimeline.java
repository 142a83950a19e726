package org.spyglass.ios.smsattachments;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** One {@code sms_attachment} event when the attachment was created. */
final class SmsAttachmentsTimeline implements TimelineMapper<SmsAttachment> {

    @Override
    public void map(SmsAttachment attachment, Consumer<TimelineEvent> out) {
        if (attachment.isodate() == null) {
            return;
        }
        String service = attachment.service() == null ? "Unknown service" : attachment.service();
        String size = attachment.totalBytes() == null ? "an unknown number of" : attachment.totalBytes().toString();
        out.accept(new TimelineEvent(attachment.isodate(), SmsAttachmentsModule.NAME, "sms_attachment",
                service + ": Attachment '" + attachment.transferName() + "' "
                        + SmsAttachmentsChecker.describe(attachment) + " with " + size + " bytes (is_sticker: "
                        + Boolean.TRUE.equals(attachment.isSticker()) + ", has_user_info: "
                        + attachment.hasUserInfo() + ")"));
    }
}
