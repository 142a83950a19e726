package org.spyglass.ios.sms;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code sms_received} or {@code sms_sent} when the message was sent or received, {@code sms_read} when read. */
final class SmsTimeline implements TimelineMapper<SmsMessage> {

    @Override
    public void map(SmsMessage message, Consumer<TimelineEvent> out) {
        String description = describe(message);
        if (message.isodate() != null) {
            String event = SmsMessage.SENT.equals(message.direction()) ? "sms_sent" : "sms_received";
            out.accept(new TimelineEvent(message.isodate(), SmsModule.NAME, event, description));
        }
        if (message.isodateRead() != null) {
            out.accept(new TimelineEvent(message.isodateRead(), SmsModule.NAME, "sms_read", description));
        }
    }

    private static String describe(SmsMessage message) {
        String party = message.phoneNumber() == null ? "unknown" : message.phoneNumber();
        return (message.service() == null ? "SMS" : message.service()) + ": " + message.guid() + " \""
                + message.text() + "\" " + (SmsMessage.SENT.equals(message.direction()) ? "to " : "from ") + party
                + (message.account() == null ? "" : " (" + message.account() + ")");
    }
}
