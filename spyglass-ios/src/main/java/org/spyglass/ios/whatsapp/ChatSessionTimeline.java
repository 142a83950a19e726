package org.spyglass.ios.whatsapp;

import java.time.Instant;
import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * {@code group_created}, {@code chat_first_message} (the oldest stored message) and {@code chat_last_message} (the
 * chat's own last-message date, which outlives a deleted last message, else the newest stored one).
 */
final class ChatSessionTimeline implements TimelineMapper<WhatsappChatSession> {

    @Override
    public void map(WhatsappChatSession chat, Consumer<TimelineEvent> out) {
        String name = describe(chat);
        add(out, chat.groupCreationDate(), "group_created", name + " was created");
        add(out, chat.firstStoredMessageDate(), "chat_first_message", "First stored message in " + name);
        Instant last = chat.lastMessageDate() != null ? chat.lastMessageDate() : chat.lastStoredMessageDate();
        add(out, last, "chat_last_message", "Last message in " + name);
    }

    private static void add(Consumer<TimelineEvent> out, Instant when, String event, String description) {
        if (when != null) {
            out.accept(new TimelineEvent(when, WhatsappChatSessionsModule.NAME, event, description));
        }
    }

    static String describe(WhatsappChatSession chat) {
        String jid = chat.contactJid() == null ? "unknown" : chat.contactJid();
        String identifier = chat.partnerResolvedPhoneNumber() != null ? chat.partnerResolvedPhoneNumber() : jid;
        String label = chat.partnerName() == null ? identifier : "'" + chat.partnerName() + "' (" + identifier + ")";
        return (chat.isGroup() ? "WhatsApp group chat " : "WhatsApp chat with ") + label;
    }
}
