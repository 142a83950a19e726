package org.spyglass.ios.interactionc;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches the e-mail addresses of an interaction's sender and recipient, and its http(s) content URLs, against the
 * indicators. MVT checks nothing here; but iMessage and FaceTime record the Apple ID of the other party in this
 * database, and NSO's zero-click exploits (KISMET, FORCEDENTRY) were sent from attacker Apple IDs whose e-mail
 * addresses are published indicators, so such an address here means the attacker's account reached this phone.
 *
 * <p>The query repeats an interaction once per attachment and recipient, in a row, so each value is matched once
 * per interaction; only the values of the current interaction are remembered.
 */
final class InteractionChecker implements Checker<Interaction> {
    private long currentInteraction = -1;
    private final Set<String> seen = new HashSet<>();

    @Override
    public void check(Interaction interaction, CheckContext context) {
        if (interaction.tableId() != currentInteraction) {
            currentInteraction = interaction.tableId();
            seen.clear();
        }
        email(interaction, interaction.senderIdentifier(), "sender", context);
        email(interaction, interaction.recipientIdentifier(), "recipient", context);
        url(interaction, interaction.interactionContentUrl(), context);
        url(interaction, interaction.attachmentContentUrl(), context);
    }

    private void email(Interaction interaction, String identifier, String role, CheckContext context) {
        if (identifier == null || identifier.indexOf('@') < 0 || !seen.add(role + " " + identifier)) {
            return;
        }
        List<IndicatorMatch> matches = context.indicators().matchEmail(identifier);
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known spyware account as the " + role + " of a "
                    + app(interaction) + " interaction in interactionC.db: " + identifier + " "
                    + MatchText.of(matches), interaction.startDate(), interaction, matches);
        }
    }

    private void url(Interaction interaction, String url, CheckContext context) {
        if (url == null || !url.toLowerCase(Locale.ROOT).matches("https?://.*") || !seen.add("url " + url)) {
            return;
        }
        List<IndicatorMatch> matches = context.indicators().matchUrl(url);
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a link to known spyware infrastructure in a "
                    + app(interaction) + " interaction in interactionC.db: " + url + " " + MatchText.of(matches),
                    interaction.startDate(), interaction, matches);
        }
    }

    private static String app(Interaction interaction) {
        return interaction.bundleId() == null ? "an unknown app's" : interaction.bundleId();
    }
}
