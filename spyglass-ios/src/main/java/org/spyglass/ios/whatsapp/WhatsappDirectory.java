package org.spyglass.ios.whatsapp;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;

/**
 * Resolves a WhatsApp identifier (a LID {@code <digits>@lid}, a JID {@code <digits>@s.whatsapp.net}, or a phone
 * number) to a phone number and a contact name through ContactsV2.sqlite, for modules that see WhatsApp
 * identifiers elsewhere (interactionC.db). The database is opened on the first question (through a read-only
 * scratch copy) and asked one indexed query per question, so memory does not grow with the contacts. When
 * ContactsV2.sqlite is absent or unreadable every answer is empty. Not thread-safe.
 */
public final class WhatsappDirectory implements AutoCloseable {
    private static final String SELECT_TEMPLATE = "SELECT %s AS phone, %s AS full_name, %s AS given_name FROM "
            + WhatsappContactsParser.TABLE + " WHERE %s IN (?, ?) LIMIT 1";

    private final ParseContext<?> context;
    private boolean opened;
    private EvidenceDatabase database;
    private Set<String> columns = Set.of();

    /**
     * A phone number and a name; either may be null.
     *
     * @param phoneNumber the phone number as ContactsV2.sqlite writes it, else {@code +digits} from a JID; null when
     *                    unknown
     * @param name        the contact's full (else given) name, or null
     */
    public record Identity(String phoneNumber, String name) {
        /** Nothing known. */
        public static final Identity NONE = new Identity(null, null);

        public boolean isEmpty() {
            return phoneNumber == null && name == null;
        }
    }

    private WhatsappDirectory(ParseContext<?> context) {
        this.context = context;
    }

    /** A directory over the evidence's ContactsV2.sqlite; warnings about it go to {@code context}. */
    public static WhatsappDirectory lazy(ParseContext<?> context) {
        return new WhatsappDirectory(context);
    }

    /** What the contacts say about {@code identifier}; {@link Identity#NONE} for groups and unknown values. */
    public Identity resolve(String identifier) throws SQLException {
        if (identifier == null || identifier.isBlank() || identifier.endsWith("@g.us")) {
            return Identity.NONE;
        }
        if (identifier.endsWith("@lid")) {
            return lookup("ZLID", identifier, WhatsappFiles.localPart(identifier));
        }
        if (identifier.endsWith("@s.whatsapp.net")) {
            String digits = WhatsappFiles.localPart(identifier);
            Identity found = lookup("ZWHATSAPPID", identifier, digits);
            String phone = found.phoneNumber() != null ? found.phoneNumber() : WhatsappFiles.phoneNumber(digits);
            return new Identity(phone, found.name());
        }
        if (identifier.startsWith("+")) {
            String digits = identifier.replaceAll("\\D", "");
            return new Identity(null, lookup("ZWHATSAPPID", digits + "@s.whatsapp.net", digits).name());
        }
        return Identity.NONE;
    }

    private Identity lookup(String keyColumn, String first, String second) throws SQLException {
        EvidenceDatabase contacts = database();
        if (contacts == null || !columns.contains(keyColumn)) {
            return Identity.NONE;
        }
        String sql = String.format(Locale.ROOT, SELECT_TEMPLATE, column("ZPHONENUMBER"),
                column("ZFULLNAME"), column("ZGIVENNAME"), keyColumn);
        try (Rows rows = contacts.query(sql, first, second)) {
            if (!rows.next()) {
                return Identity.NONE;
            }
            String name = rows.getString("full_name") != null ? rows.getString("full_name")
                    : rows.getString("given_name");
            return new Identity(rows.getString("phone"), name);
        }
    }

    private String column(String name) {
        return columns.contains(name) ? name : "NULL";
    }

    private EvidenceDatabase database() throws SQLException {
        if (!opened) {
            opened = true;
            List<EvidenceFile> files = context.source().find(WhatsappFiles.CONTACTS);
            database = files.isEmpty() ? null : WhatsappFiles.openSide(files.get(0), context);
            columns = database == null ? Set.of() : database.columns(WhatsappContactsParser.TABLE);
        }
        return database;
    }

    @Override
    public void close() throws SQLException {
        if (database != null) {
            database.close();
        }
    }
}
