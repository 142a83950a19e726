package org.spyglass.ios.interactionc;

import java.sql.SQLException;
import java.time.Instant;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;
import org.spyglass.ios.whatsapp.WhatsappDirectory;
import org.spyglass.ios.whatsapp.WhatsappDirectory.Identity;

/**
 * Reads interactionC.db with the query that fits its schema (see {@link InteractionSchema} and
 * {@link InteractionQuery}), streaming. For WhatsApp interactions the sender and recipient identifiers (often LIDs)
 * are resolved through ContactsV2.sqlite, one lookup at a time ({@link WhatsappDirectory}).
 */
final class InteractionParser extends SqliteParser<Interaction> {

    InteractionParser() {
        super("interactionC.db", "ZINTERACTIONS");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<Interaction> context)
            throws SQLException {
        String sql = InteractionQuery.of(InteractionSchema.probe(database));
        try (WhatsappDirectory whatsapp = WhatsappDirectory.lazy(context)) {
            emitAll(database, sql, rows -> interaction(rows, whatsapp), file.devicePath() + ": ZINTERACTIONS",
                    context);
        }
    }

    private static Interaction interaction(Rows rows, WhatsappDirectory whatsapp) throws SQLException {
        String bundleId = rows.getString("bundle_id");
        String senderIdentifier = rows.getString("sender_identifier");
        String customId = rows.getString("custom_id");
        String recipientIdentifier = rows.getString("recipient_identifier");
        Identity sender = Identity.NONE;
        Identity recipient = Identity.NONE;
        if (Interaction.WHATSAPP.equals(bundleId)) {
            sender = whatsapp.resolve(senderIdentifier);
            sender = sender.isEmpty() ? whatsapp.resolve(customId) : sender;
            recipient = whatsapp.resolve(recipientIdentifier);
        }
        Long response = rows.getLong("is_response");
        return new Interaction(rows.getLong("table_id"), time(rows, "start_date"), time(rows, "end_date"),
                time(rows, "interactions_creation_date"), bundleId, rows.getString("target_bundle_id"),
                rows.getString("account"), direction(rows.getLong("direction")), rows.getLong("mechanism"),
                response == null ? null : response != 0, rows.getLong("recipient_count"),
                rows.getString("domain_identifier"), rows.getString("group_name"),
                rows.getString("derived_intent_id"), rows.getString("location_uuid"),
                rows.getString("interaction_content_url"), rows.getString("sender_display_name"), senderIdentifier,
                rows.getString("sender_personid"), customId, rows.getLong("incoming_recipient_count"),
                rows.getLong("incoming_sender_count"), rows.getLong("outgoing_recipient_count"),
                rows.getString("recipient_display_name"), recipientIdentifier, rows.getString("recipient_personid"),
                rows.getString("content"), rows.getString("uti"), rows.getString("attachment_content_url"),
                rows.getLong("size"), rows.getString("photo_local_id"), rows.getString("attachment_id"),
                rows.getString("cloud_id"), sender.phoneNumber(), sender.name(), recipient.phoneNumber(),
                recipient.name());
    }

    static String direction(Long value) {
        if (value == null) {
            return null;
        }
        return value == 0 ? Interaction.INCOMING : value == 1 ? Interaction.OUTGOING : Long.toString(value);
    }

    private static Instant time(Rows rows, String label) throws SQLException {
        return Times.fromApple(rows.getNumber(label));
    }
}
