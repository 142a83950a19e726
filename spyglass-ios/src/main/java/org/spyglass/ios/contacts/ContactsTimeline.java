package org.spyglass.ios.contacts;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * {@code contact_created} and {@code contact_modified} once per person, when the dates exist. Relies on the parser
 * emitting a person's values together.
 */
final class ContactsTimeline implements TimelineMapper<ContactValue> {
    private long lastPersonId = -1;

    @Override
    public void map(ContactValue contact, Consumer<TimelineEvent> out) {
        if (contact.personId() == lastPersonId) {
            return;
        }
        lastPersonId = contact.personId();
        String name = "Contact \"" + contact.displayName() + "\"";
        if (contact.creationDate() != null) {
            out.accept(new TimelineEvent(contact.creationDate(), ContactsModule.NAME, "contact_created",
                    name + " created"));
        }
        if (contact.modificationDate() != null) {
            out.accept(new TimelineEvent(contact.modificationDate(), ContactsModule.NAME, "contact_modified",
                    name + " modified"));
        }
    }
}
