package org.spyglass.ios.smsattachments;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** SMS and iMessage attachments (sms.db): file paths matched, suspicious received temporary files flagged. */
public final class SmsAttachmentsModule extends AbstractModule<SmsAttachment> {
    public static final String NAME = "sms_attachments";
    /** HomeDomain {@code Library/SMS/sms.db}, fileID 3d0d7e5fb2ce288813306e4d4636395e047a3d28. */
    public static final String PATH = "/private/var/mobile/Library/SMS/sms.db";

    public SmsAttachmentsModule() {
        super(NAME, SmsAttachment.class,
                "SMS and iMessage attachments (sms.db): file paths matched, received /var/tmp files flagged",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    @Override
    public Parser<SmsAttachment> parser() {
        return new SmsAttachmentsParser();
    }

    @Override
    public Checker<SmsAttachment> checker() {
        return new SmsAttachmentsChecker();
    }

    @Override
    public TimelineMapper<SmsAttachment> timeline() {
        return new SmsAttachmentsTimeline();
    }
}
