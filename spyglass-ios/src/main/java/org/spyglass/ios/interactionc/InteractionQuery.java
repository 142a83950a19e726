package org.spyglass.ios.interactionc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the one query that fits an interactionC.db: MVT's (APOLLO's) join of each interaction to its sender, its
 * attachments and its recipients, where every column or join the database lacks reads as NULL. Ordered by the
 * interaction's key, so the rows of one interaction come together.
 */
final class InteractionQuery {
    private record Column(String name, String label) {
    }

    /** {@code ZINTERACTIONS} columns and their result labels. */
    private static final List<Column> INTERACTION = columns(
            "ZSTARTDATE", "start_date", "ZENDDATE", "end_date", "ZCREATIONDATE", "interactions_creation_date",
            "ZBUNDLEID", "bundle_id", "ZTARGETBUNDLEID", "target_bundle_id", "ZACCOUNT", "account",
            "ZDIRECTION", "direction", "ZMECHANISM", "mechanism", "ZISRESPONSE", "is_response",
            "ZRECIPIENTCOUNT", "recipient_count", "ZDOMAINIDENTIFIER", "domain_identifier", "ZGROUPNAME", "group_name",
            "ZDERIVEDINTENTIDENTIFIER", "derived_intent_id", "ZLOCATIONUUID", "location_uuid",
            "ZCONTENTURL", "interaction_content_url");
    private static final List<Column> SENDER = columns(
            "ZDISPLAYNAME", "sender_display_name", "ZIDENTIFIER", "sender_identifier", "ZPERSONID", "sender_personid",
            "ZCUSTOMIDENTIFIER", "custom_id", "ZINCOMINGRECIPIENTCOUNT", "incoming_recipient_count",
            "ZINCOMINGSENDERCOUNT", "incoming_sender_count", "ZOUTGOINGRECIPIENTCOUNT", "outgoing_recipient_count");
    private static final List<Column> RECIPIENT = columns(
            "ZDISPLAYNAME", "recipient_display_name", "ZIDENTIFIER", "recipient_identifier",
            "ZPERSONID", "recipient_personid");
    private static final List<Column> ATTACHMENT = columns(
            "ZCONTENTTEXT", "content", "ZUTI", "uti", "ZCONTENTURL", "attachment_content_url", "ZSIZEINBYTES", "size",
            "ZPHOTOLOCALIDENTIFIER", "photo_local_id", "ZCLOUDIDENTIFIER", "cloud_id");

    private InteractionQuery() {
    }

    static String of(InteractionSchema schema) {
        boolean sender = schema.joinsSender();
        boolean attachments = schema.attachmentJoin().isPresent();
        boolean recipients = schema.recipientJoin().isPresent();
        StringBuilder sql = new StringBuilder("SELECT i.Z_PK AS table_id");
        select(sql, "i", INTERACTION, schema.interactions());
        select(sql, "s", SENDER, sender ? schema.contacts() : Set.of());
        select(sql, "r", RECIPIENT, recipients ? schema.contacts() : Set.of());
        select(sql, "a", ATTACHMENT, schema.attachments());
        sql.append(schema.attachments().contains("ZIDENTIFIER") ? ", hex(a.ZIDENTIFIER)" : ", NULL")
                .append(" AS attachment_id FROM ZINTERACTIONS i");
        if (sender) {
            sql.append(" LEFT JOIN ZCONTACTS s ON s.Z_PK = i.ZSENDER");
        }
        schema.attachmentJoin().ifPresent(join -> sql.append(" LEFT JOIN ").append(join.table()).append(" ja ON ja.")
                .append(join.interaction()).append(" = i.Z_PK LEFT JOIN ZATTACHMENT a ON a.Z_PK = ja.")
                .append(join.other()));
        schema.recipientJoin().ifPresent(join -> sql.append(" LEFT JOIN ").append(join.table()).append(" jr ON jr.")
                .append(join.interaction()).append(" = i.Z_PK LEFT JOIN ZCONTACTS r ON r.Z_PK = jr.")
                .append(join.other()));
        sql.append(" ORDER BY i.Z_PK");
        if (attachments) {
            sql.append(", a.Z_PK");
        }
        if (recipients) {
            sql.append(", r.Z_PK");
        }
        return sql.toString();
    }

    private static void select(StringBuilder sql, String alias, List<Column> wanted, Set<String> present) {
        for (Column column : wanted) {
            String value = present.contains(column.name()) ? alias + "." + column.name() : "NULL";
            sql.append(", ").append(value).append(" AS ").append(column.label());
        }
    }

    private static List<Column> columns(String... pairs) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.add(new Column(pairs[i], pairs[i + 1]));
        }
        return List.copyOf(columns);
    }
}
