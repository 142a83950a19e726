package org.spyglass.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the timeline data back out of a generated page, by the rules the page's script follows. */
final class PageData {
    static final String START = "<script type=\"application/octet-stream\" id=\"timeline-data\">";

    /** One row: the time in microseconds since the epoch, dictionary indexes, the level (-1 for an event). */
    record Row(long micros, int module, int kind, int level, String description) {
    }

    /** The data: the dictionary, the rows and the count of the last line. */
    record Timeline(List<String> dict, List<Row> rows, long count) {
    }

    private PageData() {
    }

    /** The base64 text of the page's data. */
    static String base64(String html) {
        int from = html.indexOf(START) + START.length();
        return html.substring(from, html.indexOf("</script>", from)).strip();
    }

    /** The page with its data replaced by {@code base64}. */
    static String withBase64(String html, String base64) {
        int from = html.indexOf(START) + START.length();
        return html.substring(0, from) + base64 + html.substring(html.indexOf("</script>", from));
    }

    /** The decompressed data: the lines as bytes. */
    static byte[] lines(String html) throws IOException {
        byte[] gzip = Base64.getDecoder().decode(base64(html));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    static Timeline timeline(String html) throws IOException {
        return parse(new String(lines(html), StandardCharsets.UTF_8));
    }

    /** Reads the lines as the page does, failing on anything the page would refuse. */
    static Timeline parse(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the data does not end with a line feed");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (!lines[0].equals(TimelineData.HEADER)) {
            throw new IllegalArgumentException("unknown first line " + lines[0]);
        }
        List<String> dict = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        long micros = 0;
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.startsWith("=")) {
                dict.add(unescape(line.substring(1)));
                continue;
            }
            String[] fields = line.split("\t", 5);
            if (fields.length != 5) {
                throw new IllegalArgumentException("not a row: " + line);
            }
            micros += Long.parseLong(fields[0]);
            int module = Integer.parseInt(fields[1]);
            int kind = Integer.parseInt(fields[2]);
            if (module >= dict.size() || kind >= dict.size()) {
                throw new IllegalArgumentException("a name used before its line: " + line);
            }
            rows.add(new Row(micros, module, kind, fields[3].isEmpty() ? -1 : Integer.parseInt(fields[3]),
                    unescape(fields[4])));
        }
        String last = lines[lines.length - 1];
        if (!last.startsWith("end\t") || Long.parseLong(last.substring(4)) != rows.size()) {
            throw new IllegalArgumentException("last line " + last + " after " + rows.size() + " rows");
        }
        return new Timeline(dict, rows, rows.size());
    }

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char letter = field.charAt(++i);
            out.append(switch (letter) {
                case '\\' -> '\\';
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> throw new IllegalArgumentException("unknown escape \\" + letter);
            });
        }
        return out.toString();
    }
}
