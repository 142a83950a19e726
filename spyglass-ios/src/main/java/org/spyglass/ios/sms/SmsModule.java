package org.spyglass.ios.sms;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.module.UrlExtractor;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.source.SourceKind;

/** SMS and iMessage messages from sms.db: links matched against indicators, Apple's threat notifications flagged. */
public final class SmsModule extends AbstractModule<SmsMessage> {
    public static final String NAME = "sms";
    /** HomeDomain {@code Library/SMS/sms.db}, fileID 3d0d7e5fb2ce288813306e4d4636395e047a3d28. */
    public static final String PATH = "/private/var/mobile/Library/SMS/sms.db";

    public SmsModule() {
        super(NAME, SmsMessage.class,
                "SMS and iMessage messages (sms.db): links matched, Apple threat notifications flagged",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    @Override
    public Parser<SmsMessage> parser() {
        return new SmsParser();
    }

    @Override
    public Checker<SmsMessage> checker() {
        return new SmsChecker();
    }

    @Override
    public TimelineMapper<SmsMessage> timeline() {
        return new SmsTimeline();
    }

    @Override
    public UrlExtractor<SmsMessage> urls() {
        return (message, out) -> message.links().forEach(link -> out.accept(new UrlRecord(link, message.isodate(),
                NAME)));
    }
}
