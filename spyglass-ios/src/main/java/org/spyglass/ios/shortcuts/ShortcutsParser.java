package org.spyglass.ios.shortcuts;

import java.sql.SQLException;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads {@code ZSHORTCUT} with its actions from {@code ZSHORTCUTACTIONS}. The query is built from the columns
 * present: the actions are joined on {@code ZSHORTCUTACTIONS.ZSHORTCUT} (as MVT does) or, in a store that only
 * keeps the link on the shortcut's side, on {@code ZSHORTCUT.ZACTIONS}; a store without the actions table still
 * yields its shortcuts, without actions. Optional columns the table lacks read as NULL.
 */
final class ShortcutsParser extends SqliteParser<Shortcut> {
    private static final String ARTIFACT = "Shortcuts.sqlite";

    ShortcutsParser() {
        super(ARTIFACT, "ZSHORTCUT");
    }

    @Override
    protected void read(EvidenceDatabase database, EvidenceFile file, ParseContext<Shortcut> context)
            throws SQLException {
        String location = file.devicePath() + ": ZSHORTCUT";
        emitAll(database, query(database.columns("ZSHORTCUT"), database.columns("ZSHORTCUTACTIONS")),
                rows -> shortcut(rows, location, context), location, context);
    }

    static String query(Set<String> shortcutColumns, Set<String> actionColumns) {
        String join;
        if (actionColumns.contains("ZDATA") && actionColumns.contains("ZSHORTCUT")) {
            join = " LEFT JOIN ZSHORTCUTACTIONS ON ZSHORTCUTACTIONS.ZSHORTCUT = ZSHORTCUT.Z_PK";
        } else if (actionColumns.contains("ZDATA") && actionColumns.contains("Z_PK")
                && shortcutColumns.contains("ZACTIONS")) {
            join = " LEFT JOIN ZSHORTCUTACTIONS ON ZSHORTCUTACTIONS.Z_PK = ZSHORTCUT.ZACTIONS";
        } else {
            join = null;
        }
        return "SELECT ZSHORTCUT.Z_PK AS shortcut_id, "
                + column(shortcutColumns, "ZNAME", "shortcut_name") + ", "
                + column(shortcutColumns, "ZCREATIONDATE", "created_date") + ", "
                + column(shortcutColumns, "ZMODIFICATIONDATE", "modified_date") + ", "
                + column(shortcutColumns, "ZACTIONSDESCRIPTION", "description") + ", "
                + (join == null ? "NULL" : "ZSHORTCUTACTIONS.ZDATA") + " AS action_data FROM ZSHORTCUT"
                + (join == null ? "" : join) + " ORDER BY ZSHORTCUT.Z_PK";
    }

    private static String column(Set<String> columns, String name, String label) {
        return (columns.contains(name) ? "ZSHORTCUT." + name : "NULL") + " AS " + label;
    }

    private static Shortcut shortcut(Rows rows, String location, ParseContext<Shortcut> context)
            throws SQLException {
        long id = rows.getLong("shortcut_id");
        byte[] data = rows.getBytes("action_data");
        ShortcutActions actions = ShortcutActions.NONE;
        if (data != null) {
            try {
                actions = ShortcutActions.decode(data);
            } catch (PlistException e) {
                context.warn(location + " " + id, "the actions of this shortcut could not be read: "
                        + e.getMessage());
            }
        }
        return new Shortcut(id, rows.getString("shortcut_name"), Times.fromApple(rows.getNumber("created_date")),
                Times.fromApple(rows.getNumber("modified_date")), rows.getString("description"), actions.urls(),
                actions.identifiers().size(), actions.identifiers());
    }
}
