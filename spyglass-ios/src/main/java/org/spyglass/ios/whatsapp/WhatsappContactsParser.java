package org.spyglass.ios.whatsapp;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads ContactsV2.sqlite's {@code ZWAADDRESSBOOKCONTACT} in {@code Z_PK} order, naming for each field the first
 * candidate column the database has (WhatsApp renames columns between releases).
 */
final class WhatsappContactsParser extends SqliteParser<WhatsappContact> {
    static final String TABLE = "ZWAADDRESSBOOKCONTACT";
    private static final String DURATION = "ZDISAPPEARINGMODEDURATION";
    private static final Map<String, List<String>> CANDIDATES = new LinkedHashMap<>();
    private static final Map<Long, String> LABELS = Map.of(86_400L, "24 hours", 604_800L, "7 days",
            1_209_600L, "14 days", 2_592_000L, "30 days", 7_776_000L, "90 days");

    static {
        for (String column : List.of("ZWHATSAPPID", "ZLID", "ZPHONENUMBER", "ZLOCALIZEDPHONENUMBER", "ZFULLNAME",
                "ZGIVENNAME", "ZLASTNAME", "ZUSERNAME", "ZBUSINESSNAME", "ZABOUTTEXT", "ZABOUTEMOJI", "ZNOTES",
                DURATION, "ZDISAPPEARINGMODETIMESTAMP", "ZABOUTTIMESTAMP", "ZABOUTEXPIRATIONTIMESTAMP",
                "ZLASTUPDATED", "ZSYNCPOLICY")) {
            CANDIDATES.put(column, List.of(column));
        }
        CANDIDATES.put("phone_status", List.of("ZPHONESTATUS", "ZPHONENUMBERSTATUS"));
    }

    WhatsappContactsParser() {
        super("ContactsV2.sqlite", TABLE);
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<WhatsappContact> context)
            throws SQLException {
        Set<String> columns = database.columns(TABLE);
        boolean durationKnown = columns.contains(DURATION);
        emitAll(database, query(columns), rows -> contact(rows, durationKnown), file.devicePath() + ": " + TABLE,
                context);
    }

    static String query(Set<String> columns) {
        StringBuilder sql = new StringBuilder("SELECT Z_PK");
        CANDIDATES.forEach((field, candidates) -> {
            String column = candidates.stream().filter(columns::contains).findFirst().orElse("NULL");
            sql.append(", ").append(column).append(" AS ").append(field);
        });
        return sql.append(" FROM ").append(TABLE).append(" ORDER BY Z_PK").toString();
    }

    private static WhatsappContact contact(Rows rows, boolean durationKnown) throws SQLException {
        Long duration = durationKnown ? rows.getLong(DURATION) : null;
        if (durationKnown && duration == null) {
            duration = 0L;
        }
        return new WhatsappContact(rows.getLong("Z_PK"), rows.getString("ZWHATSAPPID"), rows.getString("ZLID"),
                rows.getString("ZPHONENUMBER"), rows.getString("ZLOCALIZEDPHONENUMBER"), rows.getString("ZFULLNAME"),
                rows.getString("ZGIVENNAME"), rows.getString("ZLASTNAME"), rows.getString("ZUSERNAME"),
                rows.getString("ZBUSINESSNAME"), rows.getString("ZABOUTTEXT"), rows.getString("ZABOUTEMOJI"),
                rows.getString("ZNOTES"), duration, time(rows, "ZDISAPPEARINGMODETIMESTAMP"),
                duration == null ? null : duration != 0, duration == null ? null : label(duration),
                time(rows, "ZABOUTTIMESTAMP"), time(rows, "ZABOUTEXPIRATIONTIMESTAMP"), time(rows, "ZLASTUPDATED"),
                rows.getLong("phone_status"), rows.getLong("ZSYNCPOLICY"));
    }

    static String label(long duration) {
        return duration == 0 ? "off" : LABELS.getOrDefault(duration, duration + " seconds");
    }

    private static Instant time(Rows rows, String column) throws SQLException {
        return Times.fromApple(rows.getNumber(column));
    }
}
