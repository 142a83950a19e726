package org.spyglass.core.ioc.load;

import java.util.Objects;
import org.spyglass.core.ioc.IndicatorType;

/**
 * What a plain indicator list holds, as declared by whoever ships it. A plain list does not say what its values are,
 * and guessing from a value is unsafe (a file name looks like a domain), so the caller always says.
 *
 * @param layout   how the file is laid out
 * @param type     for {@link Layout#VALUES}, the type of every value (an IP written in a domain list still becomes an
 *                 IP, as everywhere); null for {@link Layout#CSV}, whose header names the column types
 * @param campaign the campaign or malware name put in provenance (for a CSV with an {@code App} column, the rows
 *                 without an app name); null when the list names none
 * @param category the kind of threat put in provenance (see {@link org.spyglass.core.ioc.Provenance#category()});
 *                 null when the list does not say
 */
public record PlainList(Layout layout, IndicatorType type, String campaign, String category) {
    /** The layouts of plain lists. */
    public enum Layout {
        /**
         * One value per line; blank lines and lines starting with {@code #} are skipped, surrounding white space and
         * quotes are removed.
         */
        VALUES,
        /**
         * A comma-separated table whose first line names the columns: {@code domain_name}, {@code ip_address} and
         * {@code sha256} (any case) hold indicators, {@code App} the app each row belongs to; other columns are
         * ignored. Fields may be double-quoted; a field cannot span lines.
         */
        CSV
    }

    public PlainList {
        Objects.requireNonNull(layout, "layout");
        if ((layout == Layout.VALUES) != (type != null)) {
            throw new IllegalArgumentException("a " + layout + " list needs "
                    + (layout == Layout.VALUES ? "a value type" : "no value type"));
        }
        campaign = blankToNull(campaign);
        category = blankToNull(category);
    }

    /** A list of values of one type. */
    public static PlainList values(IndicatorType type, String campaign, String category) {
        return new PlainList(Layout.VALUES, Objects.requireNonNull(type, "type"), campaign, category);
    }

    /** A CSV table whose header names the columns. */
    public static PlainList csv(String campaign, String category) {
        return new PlainList(Layout.CSV, null, campaign, category);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
