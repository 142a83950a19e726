package org.spyglass.ios.whatsapp;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * WhatsApp's contacts (ContactsV2.sqlite): names, LIDs, about lines and disappearing-message timers, for the
 * timeline. No indicator type fits these values (phone numbers, names), so nothing is matched.
 */
public final class WhatsappContactsModule extends AbstractModule<WhatsappContact> {
    public static final String NAME = "whatsapp_contacts";

    public WhatsappContactsModule() {
        super(NAME, WhatsappContact.class,
                "WhatsApp contacts (ContactsV2.sqlite): LIDs, about lines, disappearing-message timers",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(WhatsappFiles.CONTACTS));
    }

    @Override
    public Parser<WhatsappContact> parser() {
        return new WhatsappContactsParser();
    }

    @Override
    public TimelineMapper<WhatsappContact> timeline() {
        return new WhatsappContactsTimeline();
    }
}
