package org.spyglass.ios.whatsapp;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/** Matches each link of a WhatsApp message against the indicators. */
final class WhatsappChecker implements Checker<WhatsappMessage> {

    @Override
    public void check(WhatsappMessage message, CheckContext context) {
        for (String link : message.links()) {
            List<IndicatorMatch> matches = context.indicators().matchUrl(link);
            if (!matches.isEmpty()) {
                context.indicatorAlert(Level.CRITICAL, "Found a link to known spyware infrastructure in a WhatsApp "
                        + "message " + describe(message) + ": " + link + " " + MatchText.of(matches),
                        message.isodate(), message, matches);
            }
        }
    }

    static String describe(WhatsappMessage message) {
        if (Boolean.TRUE.equals(message.isFromMe())) {
            return "sent to " + (message.toJid() == null ? "an unknown recipient" : message.toJid());
        }
        return "from " + (message.fromJid() == null ? "an unknown sender" : message.fromJid());
    }
}
