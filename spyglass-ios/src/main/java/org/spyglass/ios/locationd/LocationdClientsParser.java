package org.spyglass.ios.locationd;

import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.plist.PlistParser;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.source.EvidenceFile;

/**
 * Emits one record per client dictionary of locationd's {@code clients.plist}. Top-level values that are not
 * dictionaries (migration bookkeeping such as version numbers) are skipped, as MVT does.
 */
final class LocationdClientsParser extends PlistParser<LocationdClient> {

    LocationdClientsParser() {
        super("clients.plist");
    }

    @Override
    protected void read(NSDictionary root, EvidenceFile file, ParseContext<LocationdClient> context) {
        int clients = 0;
        for (Map.Entry<String, NSObject> entry : root.entrySet()) {
            if (entry.getValue() instanceof NSDictionary values) {
                context.emit(client(entry.getKey(), values, file.devicePath() + ": " + entry.getKey(), context));
                clients++;
            }
        }
        if (clients == 0) {
            context.absent(file.devicePath(), "clients.plist lists no location clients");
        }
    }

    private static LocationdClient client(String key, NSDictionary values, String where,
                                          ParseContext<LocationdClient> context) {
        Instant[] times = new Instant[LocationdClient.TIME_KEYS.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = time(values.get(LocationdClient.TIME_KEYS.get(i)), where, context);
        }
        return new LocationdClient(stripColons(key), times[0], times[1], times[2], times[3], times[4], times[5],
                times[6], times[7], times[8], text(values.get("BundleId"), "BundleId", where, context),
                text(values.get("BundlePath"), "BundlePath", where, context),
                text(values.get("Executable"), "Executable", where, context),
                text(values.get("Registered"), "Registered", where, context),
                token(values.get("ClientStorageToken"), where, context));
    }

    private static String stripColons(String key) {
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == ':') {
            end--;
        }
        return key.substring(0, end);
    }

    private static Instant time(NSObject value, String where, ParseContext<LocationdClient> context) {
        if (value != null && !Plists.isTime(value)) {
            context.warn(where, "a time key holds neither a date nor a number");
        }
        return Plists.appleTime(value);
    }

    private static String text(NSObject value, String key, String where, ParseContext<LocationdClient> context) {
        if (value == null) {
            return null;
        }
        if (value instanceof NSString string) {
            return string.getContent();
        }
        if (value instanceof NSNumber number && number.isBoolean()) {
            return Boolean.toString(number.boolValue());
        }
        context.warn(where, key + " is not text");
        return null;
    }

    private static String token(NSObject value, String where, ParseContext<LocationdClient> context) {
        if (value == null) {
            return null;
        }
        if (value instanceof NSData data) {
            return Base64.getEncoder().encodeToString(data.bytes());
        }
        if (value instanceof NSString string) {
            return string.getContent();
        }
        context.warn(where, "ClientStorageToken is neither data nor text");
        return null;
    }
}
