package org.spyglass.ios.contacts;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Address-book contacts (AddressBook.sqlitedb): saved e-mail addresses and web addresses matched. */
public final class ContactsModule extends AbstractModule<ContactValue> {
    public static final String NAME = "contacts";
    /** HomeDomain {@code Library/AddressBook/AddressBook.sqlitedb}, fileID 31bb7ba8914766d4ba40d6dfb6113c8b614be442. */
    public static final String PATH = "/private/var/mobile/Library/AddressBook/AddressBook.sqlitedb";

    public ContactsModule() {
        super(NAME, ContactValue.class,
                "Address book (AddressBook.sqlitedb): saved e-mail and web addresses matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    @Override
    public Parser<ContactValue> parser() {
        return new ContactsParser();
    }

    @Override
    public Checker<ContactValue> checker() {
        return new ContactsChecker();
    }

    @Override
    public TimelineMapper<ContactValue> timeline() {
        return new ContactsTimeline();
    }
}
