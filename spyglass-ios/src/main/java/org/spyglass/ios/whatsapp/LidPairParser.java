package org.spyglass.ios.whatsapp;

import java.sql.SQLException;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads {@code ZWAPHONENUMBERLIDPAIR} from LID.sqlite, or from ChatStorage.sqlite when no LID.sqlite lies beside it
 * (older releases kept the table there), so that a pair is never read twice.
 */
final class LidPairParser extends SqliteParser<LidPhoneNumberPair> {

    LidPairParser() {
        super("WhatsApp LID database");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<LidPhoneNumberPair> context)
            throws SQLException {
        boolean chatStorage = !file.name().equals(WhatsappFiles.LID_NAME);
        if (chatStorage && context.source().file(WhatsappFiles.sibling(file, WhatsappFiles.LID_NAME)).isPresent()) {
            return;
        }
        if (!database.hasTable(WhatsappFiles.LID_TABLE)) {
            context.absent(file.devicePath(), file.name() + " has no " + WhatsappFiles.LID_TABLE
                    + " table, so no LID pairs were read from it");
            return;
        }
        boolean timestamp = database.columns(WhatsappFiles.LID_TABLE).contains("ZTIMESTAMP");
        String sql = "SELECT ZLID, ZPHONENUMBER, " + (timestamp ? "ZTIMESTAMP" : "NULL") + " AS pair_timestamp FROM "
                + WhatsappFiles.LID_TABLE + " ORDER BY Z_PK";
        emitAll(database, sql, rows -> new LidPhoneNumberPair(rows.getString("ZLID"), rows.getString("ZPHONENUMBER"),
                Times.fromApple(rows.getNumber("pair_timestamp"))),
                file.devicePath() + ": " + WhatsappFiles.LID_TABLE, context);
    }
}
