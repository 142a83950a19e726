package org.spyglass.ios.whatsapp;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code message} when a message was sent or received, in MVT's words. */
final class WhatsappTimeline implements TimelineMapper<WhatsappMessage> {

    @Override
    public void map(WhatsappMessage message, Consumer<TimelineEvent> out) {
        if (message.isodate() == null) {
            return;
        }
        String links = message.links().isEmpty() ? "" : " - Embedded links: " + String.join(", ", message.links());
        out.accept(new TimelineEvent(message.isodate(), WhatsappModule.NAME, "message",
                "'" + message.text().replace("\n", "\\n") + "' " + WhatsappChecker.describe(message) + links));
    }
}
