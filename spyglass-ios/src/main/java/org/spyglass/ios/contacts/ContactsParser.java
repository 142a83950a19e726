package org.spyglass.ios.contacts;

import java.sql.SQLException;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads every non-null {@code ABMultiValue} with its {@code ABPerson}, ordered by person then value (the timeline
 * relies on a person's rows coming together). The person's name and date columns, the property and the label table
 * are each used only when present.
 */
final class ContactsParser extends SqliteParser<ContactValue> {
    private static final String[] PERSON = {"First", "Middle", "Last", "Organization", "CreationDate",
            "ModificationDate"};

    ContactsParser() {
        super("AddressBook.sqlitedb", "ABPerson", "ABMultiValue");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<ContactValue> context)
            throws SQLException {
        Set<String> values = database.columns("ABMultiValue");
        if (!values.contains("record_id") || !values.contains("value")) {
            context.absent(file.devicePath(), "AddressBook.sqlitedb's ABMultiValue table has no record_id or value "
                    + "column, so no contact values were read");
            return;
        }
        emitAll(database, query(database.columns("ABPerson"), values, database.hasTable("ABMultiValueLabel")),
                ContactsParser::value, file.devicePath() + ": ABPerson, ABMultiValue", context);
    }

    static String query(Set<String> personColumns, Set<String> valueColumns, boolean labels) {
        StringBuilder sql = new StringBuilder("SELECT p.ROWID AS person_id, m.ROWID AS value_id, m.value AS value");
        sql.append(valueColumns.contains("property") ? ", m.property AS property" : ", NULL AS property");
        boolean joinLabels = labels && valueColumns.contains("label");
        sql.append(joinLabels ? ", l.value AS label" : ", NULL AS label");
        for (String column : PERSON) {
            sql.append(", ").append(personColumns.contains(column) ? "p." + column : "NULL").append(" AS ")
                    .append(column);
        }
        sql.append(" FROM ABPerson p JOIN ABMultiValue m ON m.record_id = p.ROWID");
        if (joinLabels) {
            sql.append(" LEFT JOIN ABMultiValueLabel l ON l.ROWID = m.label");
        }
        return sql.append(" WHERE m.value IS NOT NULL ORDER BY p.ROWID, m.ROWID").toString();
    }

    private static ContactValue value(Rows rows) throws SQLException {
        Long property = rows.getLong("property");
        return new ContactValue(rows.getLong("person_id"), rows.getLong("value_id"), property,
                ContactKinds.kind(property), ContactKinds.label(rows.getString("label")), rows.getString("value"),
                rows.getString("First"), rows.getString("Middle"), rows.getString("Last"),
                rows.getString("Organization"), Times.fromApple(rows.getNumber("CreationDate")),
                Times.fromApple(rows.getNumber("ModificationDate")));
    }
}
