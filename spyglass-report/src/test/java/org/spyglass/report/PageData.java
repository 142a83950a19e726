package org.spyglass.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/** Reads the timeline data back out of a generated page, as the page's script does. */
final class PageData {
    private static final String START = "<script type=\"application/octet-stream\" id=\"timeline-data\">";

    private PageData() {
    }

    static JsonNode timeline(String html) throws IOException {
        int from = html.indexOf(START) + START.length();
        int to = html.indexOf("</script>", from);
        byte[] gzip = Base64.getMimeDecoder().decode(html.substring(from, to).strip());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new ObjectMapper().readTree(in);
        }
    }
}
