package org.spyglass.ios.whatsapp;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.module.UrlExtractor;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.source.SourceKind;

/**
 * WhatsApp messages (ChatStorage.sqlite): links matched against the indicators. The chat sessions and the LID pairs
 * that MVT writes into the same file are the modules {@link WhatsappChatSessionsModule} and
 * {@link WhatsappLidPairsModule}, so that each output file holds one kind of record.
 */
public final class WhatsappModule extends AbstractModule<WhatsappMessage> {
    public static final String NAME = "whatsapp";

    public WhatsappModule() {
        super(NAME, WhatsappMessage.class, "WhatsApp messages (ChatStorage.sqlite): links matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(WhatsappFiles.CHAT_STORAGE));
    }

    @Override
    public Parser<WhatsappMessage> parser() {
        return new WhatsappMessageParser();
    }

    @Override
    public Checker<WhatsappMessage> checker() {
        return new WhatsappChecker();
    }

    @Override
    public TimelineMapper<WhatsappMessage> timeline() {
        return new WhatsappTimeline();
    }

    @Override
    public UrlExtractor<WhatsappMessage> urls() {
        return (message, out) -> message.links().forEach(link -> out.accept(new UrlRecord(link, message.isodate(),
                NAME)));
    }
}
