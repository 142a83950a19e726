package org.spyglass.android.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.zip.InflaterInputStream;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.text.LinkExtractor;

/**
 * Reads the telephony provider's backup members: each is a zlib stream of one JSON array of messages, whose values
 * Android writes as strings (numbers are accepted too). SMS times are epoch milliseconds; MMS times are epoch
 * seconds (MVT reads them as milliseconds and puts them in January 1970; this parser does not).
 */
final class AndroidSmsParser implements Parser<AndroidSmsMessage> {
    static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final int MMS_FROM = 137;
    private static final int MMS_TO = 151;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void parse(ParseContext<AndroidSmsMessage> context) throws IOException {
        for (EvidenceFile file : context.files()) {
            if (context.cancelled()) {
                return;
            }
            boolean mms = file.devicePath().endsWith("_mms_backup");
            JsonNode array;
            try (InputStream in = new InflaterInputStream(context.source().open(file))) {
                byte[] json = in.readNBytes((int) MAX_BYTES + 1);
                if (json.length > MAX_BYTES) {
                    context.warn(file.devicePath(), "larger than " + MAX_BYTES + " bytes once inflated; skipped");
                    continue;
                }
                array = JSON.readTree(json);
            } catch (JsonProcessingException e) {
                context.warn(file.devicePath(), "not JSON once inflated: " + e.getOriginalMessage());
                continue;
            } catch (IOException e) {
                context.warn(file.devicePath(), "cannot be inflated or read: " + e.getMessage());
                continue;
            }
            if (array == null || !array.isArray()) {
                context.warn(file.devicePath(), "not a JSON array of messages");
                continue;
            }
            int index = 0;
            for (JsonNode node : array) {
                if (node.isObject()) {
                    context.emit(message(node, file.devicePath(), mms));
                } else {
                    context.warn(file.devicePath() + "[" + index + "]", "not a message object; skipped");
                }
                index++;
            }
        }
    }

    static AndroidSmsMessage message(JsonNode node, String member, boolean mms) {
        Long date = number(node.get("date"));
        Long sent = number(node.get("date_sent"));
        Long box = number(node.get(mms ? "msg_box" : "type"));
        Long read = number(node.get("read"));
        boolean outgoing = box != null ? box != 1 : sent != null && sent != 0;
        String direction = outgoing ? AndroidSmsMessage.SENT : AndroidSmsMessage.RECEIVED;
        String body = text(node.get(mms ? "mms_body" : "body"));
        String address = text(node.get("address"));
        if (address == null && mms) {
            address = mmsAddress(node.get("mms_addresses"), outgoing ? MMS_TO : MMS_FROM);
        }
        return new AndroidSmsMessage(mms ? "mms" : "sms", member, address, body, time(date, mms), time(sent, mms),
                box == null ? null : box.intValue(), read == null ? null : read != 0, direction,
                body == null ? List.of() : LinkExtractor.extract(body));
    }

    private static String mmsAddress(JsonNode addresses, int wanted) {
        if (addresses == null || !addresses.isArray()) {
            return null;
        }
        String first = null;
        for (JsonNode a : addresses) {
            String value = text(a.get("address"));
            Long type = number(a.get("type"));
            if (value != null && type != null && type == wanted) {
                return value;
            }
            first = first == null ? value : first;
        }
        return first;
    }

    private static Instant time(Long value, boolean seconds) {
        if (value == null || value <= 0) {
            return null;
        }
        return seconds ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
    }

    private static Long number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            try {
                return Long.parseLong(node.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }
}
