package org.spyglass.ios.interactionc;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * {@code start_date} and {@code end_date} (once when equal), and {@code interactions_creation_date} only when the
 * row was written at least an hour away from the interaction's start (or there is no start): rows written at once
 * would only repeat the start, while a row written days later was back-filled (a sync, a restore, or tampering).
 * The per-contact first/last dates MVT also lists are left out.
 */
final class InteractionTimeline implements TimelineMapper<Interaction> {
    private static final Duration DIVERGENCE = Duration.ofHours(1);

    @Override
    public void map(Interaction interaction, Consumer<TimelineEvent> out) {
        String data = describe(interaction);
        if (interaction.startDate() != null) {
            out.accept(new TimelineEvent(interaction.startDate(), InteractionCModule.NAME, "start_date", data));
        }
        if (interaction.endDate() != null && !interaction.endDate().equals(interaction.startDate())) {
            out.accept(new TimelineEvent(interaction.endDate(), InteractionCModule.NAME, "end_date", data));
        }
        Instant created = interaction.interactionsCreationDate();
        if (created == null) {
            return;
        }
        if (interaction.startDate() == null) {
            out.accept(new TimelineEvent(created, InteractionCModule.NAME, "interactions_creation_date", data));
            return;
        }
        Duration delta = Duration.between(interaction.startDate(), created);
        if (delta.abs().compareTo(DIVERGENCE) >= 0) {
            out.accept(new TimelineEvent(created, InteractionCModule.NAME, "interactions_creation_date",
                    "Interaction record created " + amount(delta.abs()) + (delta.isNegative() ? " before" : " after")
                            + " the event: " + data));
        }
    }

    private static String amount(Duration delta) {
        double seconds = delta.getSeconds();
        return seconds >= 86_400 ? String.format(Locale.ROOT, "%.0f days", seconds / 86_400)
                : String.format(Locale.ROOT, "%.0f hours", seconds / 3_600);
    }

    static String describe(Interaction interaction) {
        String sender = party(interaction.senderDisplayName(), interaction.senderResolvedName(),
                interaction.senderIdentifier(), interaction.senderResolvedPhoneNumber());
        String recipient = party(interaction.recipientDisplayName(), interaction.recipientResolvedName(),
                interaction.recipientIdentifier(), interaction.recipientResolvedPhoneNumber());
        if (recipient == null) {
            recipient = interaction.domainIdentifier();
        }
        if (sender == null && Interaction.OUTGOING.equals(interaction.direction())) {
            sender = "local user";
        }
        if (recipient == null && Interaction.INCOMING.equals(interaction.direction())) {
            recipient = "local user";
        }
        StringBuilder data = new StringBuilder("[").append(interaction.bundleId()).append(']');
        if (interaction.account() != null) {
            data.append(' ').append(interaction.account());
        }
        if (interaction.direction() != null) {
            data.append(' ').append(interaction.direction());
        }
        data.append(" from ").append(sender == null ? "unknown" : sender).append(" to ")
                .append(recipient == null ? "unknown" : recipient);
        if (interaction.groupName() != null) {
            data.append(" (group: ").append(interaction.groupName()).append(')');
        }
        if (interaction.content() != null) {
            data.append(": ").append(interaction.content());
        }
        return data.toString();
    }

    private static String party(String displayName, String resolvedName, String identifier, String resolvedPhone) {
        String name = displayName != null ? displayName : resolvedName;
        String id = resolvedPhone != null ? resolvedPhone : identifier;
        if (name != null && id != null) {
            String nameDigits = name.replaceAll("\\D", "");
            return !nameDigits.isEmpty() && nameDigits.equals(id.replaceAll("\\D", "")) ? id : name + " (" + id + ")";
        }
        return name != null ? name : id;
    }
}
