package org.spyglass.ios.whatsapp;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** WhatsApp chats (ChatStorage.sqlite): when each began and ended, for the timeline. No indicator checks. */
public final class WhatsappChatSessionsModule extends AbstractModule<WhatsappChatSession> {
    public static final String NAME = "whatsapp_chat_sessions";

    public WhatsappChatSessionsModule() {
        super(NAME, WhatsappChatSession.class,
                "WhatsApp chats (ChatStorage.sqlite): first and last messages, group creation, LID numbers",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(WhatsappFiles.CHAT_STORAGE));
    }

    @Override
    public Parser<WhatsappChatSession> parser() {
        return new ChatSessionParser();
    }

    @Override
    public TimelineMapper<WhatsappChatSession> timeline() {
        return new ChatSessionTimeline();
    }
}
