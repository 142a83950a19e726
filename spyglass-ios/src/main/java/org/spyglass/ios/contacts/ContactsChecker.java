package org.spyglass.ios.contacts;

import java.util.List;
import java.util.regex.Pattern;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;
import org.spyglass.core.text.LinkExtractor;

/**
 * Matches e-mail addresses against the e-mail indicators and URLs (the URL property, and links in any other value)
 * against the network indicators. Matches are HIGH, not CRITICAL: a contact is something a person (or a synced
 * account) saved, not a trace the spyware left on the phone, so it ties the phone's owner to an operator account or
 * site without showing that the phone was attacked.
 */
final class ContactsChecker implements Checker<ContactValue> {
    private static final Pattern EMAIL = Pattern.compile("(?i)(mailto:)?[^\\s@/:]+@[^\\s@/:]+\\.[^\\s@/:]+");

    @Override
    public void check(ContactValue contact, CheckContext context) {
        String value = contact.value().strip();
        if (ContactKinds.EMAIL.equals(contact.kind()) || EMAIL.matcher(value).matches()) {
            alert(contact, "e-mail address", context.indicators().matchEmail(value), context);
        } else if (ContactKinds.URL.equals(contact.kind())) {
            alert(contact, "web address", context.indicators().matchUrl(value), context);
        } else {
            for (String link : LinkExtractor.extract(value)) {
                alert(contact, "link", context.indicators().matchUrl(link), context);
            }
        }
    }

    private static void alert(ContactValue contact, String what, List<IndicatorMatch> matches,
                              CheckContext context) {
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.HIGH, "Found a known spyware " + what + " saved in the address book contact \""
                    + contact.displayName() + "\": " + contact.value() + " " + MatchText.of(matches),
                    contact.modificationDate(), contact, matches);
        }
    }
}
