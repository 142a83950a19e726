package org.spyglass.core.ioc.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;

/**
 * Reads plain indicator lists, as described by {@link PlainList}: one value per line, or a small CSV table whose
 * header names the columns ({@code domain_name,ip_address} in Amnesty's 2018 NSO list, {@code sha256,Description},
 * or ECHAP's {@code SHA256,Package Name,Certificate,Version,App}). A bad line is a warning naming its line number;
 * only a CSV without a usable header is refused as a whole.
 */
final class PlainListReader {
    private static final Map<String, IndicatorType> CSV_COLUMNS = Map.of(
            "domain_name", IndicatorType.DOMAIN,
            "ip_address", IndicatorType.IPV4,
            "sha256", IndicatorType.SHA256);
    private static final String APP_COLUMN = "app";

    private PlainListReader() {
    }

    static void read(String text, PlainList list, FileCollector out) {
        List<String> lines = text.lines().toList();
        switch (list.layout()) {
            case VALUES -> values(lines, list, out);
            case CSV -> csv(lines, list, out);
        }
    }

    private static void values(List<String> lines, PlainList list, FileCollector out) {
        Provenance provenance = provenance(out, list.campaign(), list);
        for (int i = 0; i < lines.size(); i++) {
            if (!isSkipped(lines.get(i))) {
                out.add(list.type(), unquote(lines.get(i)), provenance, "line " + (i + 1));
            }
        }
    }

    private static void csv(List<String> lines, PlainList list, FileCollector out) {
        int headerIndex = 0;
        while (headerIndex < lines.size() && isSkipped(lines.get(headerIndex))) {
            headerIndex++;
        }
        List<String> header = headerIndex < lines.size() ? fields(lines.get(headerIndex)) : null;
        if (header == null) {
            throw SpyglassException.input("Cannot read indicators from " + out.path()
                    + ": it has no CSV header line naming its columns.");
        }
        IndicatorType[] types = new IndicatorType[header.size()];
        int app = -1;
        boolean anyIndicator = false;
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column).toLowerCase(Locale.ROOT);
            types[column] = CSV_COLUMNS.get(name);
            anyIndicator |= types[column] != null;
            app = name.equals(APP_COLUMN) ? column : app;
        }
        if (!anyIndicator) {
            throw SpyglassException.input("Cannot read indicators from " + out.path() + ": its CSV header names no"
                    + " indicator column (domain_name, ip_address or sha256).");
        }
        Provenance listProvenance = provenance(out, list.campaign(), list);
        Map<String, Provenance> byApp = new HashMap<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            String where = "line " + (i + 1);
            if (isSkipped(lines.get(i))) {
                continue;
            }
            List<String> row = fields(lines.get(i));
            if (row == null || row.size() != header.size()) {
                out.warn(where + (row == null ? " has an unclosed quote" : " has " + row.size()
                        + " fields where the header names " + header.size()) + "; skipped");
                continue;
            }
            Provenance provenance = app < 0 || row.get(app).isEmpty() ? listProvenance
                    : byApp.computeIfAbsent(row.get(app), name -> provenance(out, name, list));
            for (int column = 0; column < types.length; column++) {
                if (types[column] != null && !row.get(column).isEmpty()) {
                    out.add(types[column], row.get(column), provenance, where);
                }
            }
        }
    }

    private static Provenance provenance(FileCollector out, String malware, PlainList list) {
        return new Provenance(out.feed(), out.path(), malware, null, null, list.category());
    }

    private static boolean isSkipped(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() || stripped.startsWith("#");
    }

    /** The line without surrounding white space and one pair of surrounding quotes. */
    static String unquote(String line) {
        String v = line.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1).strip();
        }
        return v;
    }

    /**
     * The comma-separated fields of one line, each stripped; a field may be double-quoted, with {@code ""} for a
     * quote inside. Null when a quote is not closed or text follows a closing quote.
     */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        return null;
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        field.append(c);
                    } else if (i < line.length() && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    return null;
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString().strip());
            field.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++;
        }
    }
}
