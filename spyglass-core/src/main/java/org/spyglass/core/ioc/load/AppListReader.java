package org.spyglass.core.ioc.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;

/**
 * Reads the ECHAP stalkerware-indicators app lists ({@code ioc.yaml}, {@code watchware.yaml}): a list of apps, each
 * with a {@code name}, a {@code type} ({@code stalkerware} or {@code watchware}, kept as the provenance category)
 * and its indicators: {@code packages} and {@code ios_bundles} (app ids), {@code certificates} (signing
 * certificate SHA-1), {@code websites} and {@code c2.domains} (domains), {@code c2.ips} and the misspelt
 * {@code c2.ip} (IPs). {@code distribution} URLs (download pages) and certificate organisation names are not
 * indicators of an installed app and are not read.
 */
final class AppListReader {
    private AppListReader() {
    }

    /** True when {@code root} is a list whose items are maps, which is the shape of an app list. */
    static boolean isAppList(JsonNode root) {
        return root != null && root.isArray() && !root.isEmpty() && root.get(0).isObject();
    }

    static void read(JsonNode apps, FileCollector out) {
        int position = 0;
        for (JsonNode app : apps) {
            position++;
            String name = app.path("name").isValueNode() ? app.path("name").asText().strip() : "";
            if (name.isEmpty()) {
                out.warn("app #" + position + " has no name; skipped");
                continue;
            }
            String category = app.path("type").isValueNode()
                    ? app.path("type").asText().strip().toLowerCase(Locale.ROOT) : null;
            Provenance provenance = new Provenance(out.feed(), out.path(), name, null, null,
                    category == null || category.isEmpty() ? null : category);
            String where = "app " + name;
            values(app.path("packages"), IndicatorType.APP_ID, provenance, where, out);
            values(app.path("ios_bundles"), IndicatorType.APP_ID, provenance, where, out);
            values(app.path("certificates"), IndicatorType.APP_CERT_HASH, provenance, where, out);
            values(app.path("websites"), IndicatorType.DOMAIN, provenance, where, out);
            JsonNode c2 = app.path("c2");
            values(c2.path("domains"), IndicatorType.DOMAIN, provenance, where, out);
            values(c2.path("ips"), IndicatorType.IPV4, provenance, where, out);
            values(c2.path("ip"), IndicatorType.IPV4, provenance, where, out);
        }
    }

    private static void values(JsonNode node, IndicatorType type, Provenance provenance, String where,
                               FileCollector out) {
        if (node.isValueNode() && !node.isNull()) {
            out.add(type, node.asText(), provenance, where);
        }
        if (node.isArray()) {
            for (JsonNode value : node) {
                if (value.isValueNode() && !value.isNull()) {
                    out.add(type, value.asText(), provenance, where);
                }
            }
        }
    }
}
