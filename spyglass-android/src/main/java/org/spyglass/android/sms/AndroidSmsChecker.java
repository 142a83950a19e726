package org.spyglass.android.sms;

import java.util.List;
import java.util.Locale;
import org.spyglass.android.AppMatches;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches each link of a message against the indicators, stalkerware C2 domains included (CRITICAL; MEDIUM when every
 * match is ECHAP watchware, see {@link AppMatches}; one alert per link).
 */
final class AndroidSmsChecker implements Checker<AndroidSmsMessage> {

    @Override
    public void check(AndroidSmsMessage message, CheckContext context) {
        for (String link : message.links()) {
            List<IndicatorMatch> matches = context.indicators().matchUrl(link);
            if (!matches.isEmpty()) {
                String party = message.address() == null ? "an unknown party" : message.address();
                context.indicatorAlert(AppMatches.level(matches), "Found a link to known spyware infrastructure in "
                        + "an " + message.kind().toUpperCase(Locale.ROOT) + " "
                        + (AndroidSmsMessage.SENT.equals(message.direction()) ? "sent to " : "from ") + party + ": "
                        + link + " " + MatchText.of(matches) + AppMatches.note(matches), message.isodate(), message,
                        matches);
            }
        }
    }
}
