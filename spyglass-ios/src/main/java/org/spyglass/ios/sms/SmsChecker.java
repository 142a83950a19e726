package org.spyglass.ios.sms;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.MatchText;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;

/** Matches each link against the indicators and flags Apple's threat notifications. */
final class SmsChecker implements Checker<SmsMessage> {
    static final Heuristic APPLE_THREAT_NOTIFICATION = new Heuristic("ios.sms.apple-threat-notification", Level.HIGH,
            "Apple sends this message to people it believes were individually targeted by state-sponsored or "
                    + "mercenary spyware. It is a strong sign of targeting, not proof that the phone was infected: "
                    + "an expert should examine the device.");

    private static final List<String> THREAT_NOTIFICATIONS = List.of(
            "ALERT: State-sponsored attackers may be targeting your iPhone",
            "ALERT: Apple detected a targeted mercenary spyware attack against your iPhone");

    @Override
    public void check(SmsMessage message, CheckContext context) {
        for (String link : message.links()) {
            List<IndicatorMatch> matches = context.indicators().matchUrl(link);
            if (!matches.isEmpty()) {
                context.indicatorAlert(Level.CRITICAL, "Found a link to known spyware infrastructure in an SMS "
                        + describe(message) + ": " + link + " " + MatchText.of(matches), message.isodate(),
                        message, matches);
            }
        }
        String text = message.text().strip();
        if (THREAT_NOTIFICATIONS.stream().anyMatch(text::startsWith)) {
            context.heuristicAlert(APPLE_THREAT_NOTIFICATION, "Apple's threat notification received by SMS "
                    + describe(message) + ": \"" + firstLine(text) + "\"", message.isodate(), message);
        }
    }

    private static String describe(SmsMessage message) {
        String party = message.phoneNumber() == null ? "an unknown sender" : message.phoneNumber();
        return (SmsMessage.SENT.equals(message.direction()) ? "sent to " : "from ") + party;
    }


    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
