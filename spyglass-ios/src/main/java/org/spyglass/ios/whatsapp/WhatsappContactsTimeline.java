package org.spyglass.ios.whatsapp;

import java.time.Instant;
import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code disappearing_mode_set}, {@code about_changed}, {@code about_expiration} and {@code contact_last_updated}. */
final class WhatsappContactsTimeline implements TimelineMapper<WhatsappContact> {

    @Override
    public void map(WhatsappContact contact, Consumer<TimelineEvent> out) {
        String who = contact.describe();
        add(out, contact.disappearingModeTimestamp(), "disappearing_mode_set", "WhatsApp disappearing messages "
                + "timer set to '" + contact.disappearingModeLabel() + "' for " + who);
        add(out, contact.aboutTimestamp(), "about_changed", "WhatsApp about text of " + who + " changed"
                + (contact.aboutText() == null ? "" : " to \"" + contact.aboutText() + "\""));
        add(out, contact.aboutExpirationTimestamp(), "about_expiration", "WhatsApp about text of " + who
                + " scheduled to expire");
        add(out, contact.lastUpdated(), "contact_last_updated", "WhatsApp contact record for " + who + " updated");
    }

    private static void add(Consumer<TimelineEvent> out, Instant when, String event, String description) {
        if (when != null) {
            out.accept(new TimelineEvent(when, WhatsappContactsModule.NAME, event, description));
        }
    }
}
