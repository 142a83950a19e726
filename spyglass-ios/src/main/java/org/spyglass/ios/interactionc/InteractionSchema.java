package org.spyglass.ios.interactionc;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;

/**
 * What one interactionC.db holds. Core Data names the many-to-many join tables after its entity numbers, which
 * change between iOS versions ({@code Z_1INTERACTIONS} with {@code Z_1ATTACHMENTS}/{@code Z_3INTERACTIONS} on iOS
 * 12–18), so the join tables and their columns are found by their shape rather than by name.
 *
 * @param interactions the columns of {@code ZINTERACTIONS}
 * @param contacts     the columns of {@code ZCONTACTS} (empty when missing)
 * @param attachments  the columns of {@code ZATTACHMENT} (empty when missing or not joined)
 * @param attachmentJoin the interactions-to-attachments join table, when found
 * @param recipientJoin  the interactions-to-recipients join table, when found
 */
record InteractionSchema(Set<String> interactions, Set<String> contacts, Set<String> attachments,
                         Optional<JoinTable> attachmentJoin, Optional<JoinTable> recipientJoin) {

    /**
     * A join table: {@code other} points to the attachment or contact, {@code interaction} to the interaction.
     */
    record JoinTable(String table, String other, String interaction) {
    }

    static InteractionSchema probe(EvidenceDatabase database) throws SQLException {
        Set<String> contacts = database.columns("ZCONTACTS");
        Set<String> attachments = database.columns("ZATTACHMENT");
        Optional<JoinTable> attachmentJoin = attachments.isEmpty() ? Optional.empty()
                : join(database, "INTERACTIONS", "Z_\\d+ATTACHMENTS", "Z_\\d+INTERACTIONS");
        Optional<JoinTable> recipientJoin = contacts.isEmpty() ? Optional.empty()
                : join(database, "INTERACTIONRECIPIENT", "Z_\\d+RECIPIENTS", "Z_\\d+INTERACTIONRECIPIENT");
        return new InteractionSchema(database.columns("ZINTERACTIONS"), contacts,
                attachmentJoin.isPresent() ? attachments : Set.of(), attachmentJoin, recipientJoin);
    }

    boolean joinsSender() {
        return interactions.contains("ZSENDER") && contacts.contains("Z_PK");
    }

    private static Optional<JoinTable> join(EvidenceDatabase database, String tableSuffix, String otherColumn,
                                            String interactionColumn) throws SQLException {
        Pattern name = Pattern.compile("Z_\\d+" + tableSuffix, Pattern.CASE_INSENSITIVE);
        Pattern other = Pattern.compile(otherColumn, Pattern.CASE_INSENSITIVE);
        Pattern interaction = Pattern.compile(interactionColumn, Pattern.CASE_INSENSITIVE);
        try (Rows tables = database.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB ? "
                + "ORDER BY name", "Z_[0-9]*" + tableSuffix)) {
            while (tables.next()) {
                String table = tables.getString("name");
                if (!name.matcher(table).matches()) {
                    continue;
                }
                Set<String> columns = database.columns(table);
                Optional<String> otherName = columns.stream().filter(c -> other.matcher(c).matches()).findFirst();
                Optional<String> interactionName = columns.stream().filter(c -> interaction.matcher(c).matches())
                        .findFirst();
                if (otherName.isPresent() && interactionName.isPresent()) {
                    return Optional.of(new JoinTable(table, otherName.get(), interactionName.get()));
                }
            }
        }
        return Optional.empty();
    }
}
