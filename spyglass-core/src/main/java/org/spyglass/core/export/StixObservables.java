package org.spyglass.core.export;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.ioc.IndicatorType;

/** The STIX 2.1 vocabulary of the exports: indicator patterns and the cyber-observable object of a seen value. */
final class StixObservables {
    private StixObservables() {
    }

    /**
     * A STIX cyber-observable object for a value seen in the evidence.
     *
     * @param type       the object type ({@code domain-name}, {@code url}, {@code file}, …)
     * @param properties its properties, the id-contributing ones first
     */
    record Observable(String type, Map<String, Object> properties) {
        /** The deterministic id STIX 2.1 gives the object: a UUIDv5 of its id-contributing properties. */
        String id() {
            StringBuilder name = new StringBuilder("{");
            properties.forEach((key, value) -> {
                if (name.length() > 1) {
                    name.append(',');
                }
                name.append('"').append(key).append("\":").append(canonical(value));
            });
            return StixIds.id(type, StixIds.SCO_NAMESPACE, name.append('}').toString());
        }

        private static String canonical(Object value) {
            if (value instanceof Map<?, ?> map) {
                StringBuilder out = new StringBuilder("{");
                map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":")
                        .append(canonical(v)));
                return out.append('}').toString();
            }
            return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    /** The STIX pattern of an indicator, in the object paths Spyglass and MVT read. */
    static String pattern(IndicatorType type, String value) {
        String quoted = "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
        String path = switch (type) {
            case DOMAIN -> "domain-name:value";
            case IPV4 -> "ipv4-addr:value";
            case IPV6 -> "ipv6-addr:value";
            case URL -> "url:value";
            case EMAIL -> "email-addr:value";
            case PROCESS -> "process:name";
            case FILE_NAME -> "file:name";
            case FILE_PATH -> "file:path";
            case MD5 -> "file:hashes.MD5";
            case SHA1 -> "file:hashes.'SHA-1'";
            case SHA256 -> "file:hashes.'SHA-256'";
            case APP_ID -> "app:id";
            case APP_CERT_HASH -> "app:cert.sha256";
            case PROFILE_ID -> "configuration-profile:id";
            case ANDROID_PROPERTY -> "android-property:name";
        };
        return "[" + path + " = " + quoted + "]";
    }

    /**
     * The observable for what was seen: a URL when the seen value is one, else the kind of the indicator it
     * matched; null for kinds STIX has no object for (profile ids, Android properties, certificate hashes).
     */
    static Observable of(IndicatorType type, String observed) {
        if (observed == null || observed.isEmpty()) {
            return null;
        }
        if (observed.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*://.*")) {
            return single("url", "value", observed);
        }
        return switch (type) {
            case DOMAIN -> single("domain-name", "value", observed);
            case IPV4 -> single("ipv4-addr", "value", observed);
            case IPV6 -> single("ipv6-addr", "value", observed);
            case URL -> single("url", "value", observed);
            case EMAIL -> single("email-addr", "value", observed);
            case PROCESS, FILE_NAME -> single("file", "name", observed);
            case FILE_PATH -> single("file", "name", baseName(observed));
            case MD5 -> hashes("MD5", observed);
            case SHA1 -> hashes("SHA-1", observed);
            case SHA256 -> hashes("SHA-256", observed);
            case APP_ID -> single("software", "name", observed);
            case APP_CERT_HASH, PROFILE_ID, ANDROID_PROPERTY -> null;
        };
    }

    private static Observable single(String type, String property, String value) {
        return new Observable(type, Map.of(property, value));
    }

    private static Observable hashes(String algorithm, String value) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hashes", Map.of(algorithm, value));
        return new Observable("file", properties);
    }

    private static String baseName(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
