package org.spyglass.ios.whatsapp;

import java.sql.SQLException;
import java.util.Optional;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;

/**
 * Finds the phone number behind a LID (WhatsApp's linked identity, {@code <digits>@lid}) in
 * {@code ZWAPHONENUMBERLIDPAIR}: in the LID.sqlite beside ChatStorage.sqlite, or, for releases without it, in
 * ChatStorage.sqlite itself. One indexed query per question; nothing is loaded into memory.
 */
final class LidDirectory implements AutoCloseable {
    private final EvidenceDatabase database;
    private final boolean owned;

    private LidDirectory(EvidenceDatabase database, boolean owned) {
        this.database = database;
        this.owned = owned;
    }

    static LidDirectory open(EvidenceDatabase chatStorage, EvidenceFile chatFile, ParseContext<?> context)
            throws SQLException {
        Optional<EvidenceFile> lidFile = context.source().file(WhatsappFiles.sibling(chatFile, WhatsappFiles.LID_NAME));
        if (lidFile.isPresent()) {
            EvidenceDatabase lids = WhatsappFiles.openSide(lidFile.get(), context);
            if (lids != null && lids.hasTable(WhatsappFiles.LID_TABLE)) {
                return new LidDirectory(lids, true);
            }
            if (lids != null) {
                lids.close();
            }
        }
        boolean inChatStorage = chatStorage.hasTable(WhatsappFiles.LID_TABLE);
        return new LidDirectory(inChatStorage ? chatStorage : null, false);
    }

    /** The phone number ({@code +digits}) paired with a LID JID, or null when unknown or not a LID. */
    String phoneNumber(String jid) throws SQLException {
        if (database == null || jid == null || !jid.endsWith("@lid")) {
            return null;
        }
        String digits = WhatsappFiles.localPart(jid);
        try (Rows rows = database.query("SELECT ZPHONENUMBER FROM " + WhatsappFiles.LID_TABLE
                + " WHERE ZLID IN (?, ?) AND ZPHONENUMBER IS NOT NULL LIMIT 1", jid, digits)) {
            return rows.next() ? WhatsappFiles.phoneNumber(rows.getString("ZPHONENUMBER")) : null;
        }
    }

    @Override
    public void close() throws SQLException {
        if (owned) {
            database.close();
        }
    }
}
