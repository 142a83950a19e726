package org.spyglass.core.export;

import org.spyglass.core.ioc.IndicatorType;

/** MISP's attribute type and category for each kind of indicator (MISP's {@code describeTypes.json}). */
final class MispTypes {
    /**
     * A MISP attribute type with the category it is filed under.
     *
     * @param type     the attribute type
     * @param category one of the categories MISP allows for that type
     */
    record TypeAndCategory(String type, String category) {
    }

    /** The attribute of a heuristic alert: free text. */
    static final TypeAndCategory HEURISTIC = new TypeAndCategory("text", "Other");

    private MispTypes() {
    }

    static TypeAndCategory of(IndicatorType type, String value) {
        return switch (type) {
            case DOMAIN -> new TypeAndCategory("domain", "Network activity");
            case IPV4, IPV6 -> new TypeAndCategory("ip-dst", "Network activity");
            case URL -> new TypeAndCategory("url", "Network activity");
            case EMAIL -> new TypeAndCategory("email-src", "Payload delivery");
            case PROCESS, FILE_NAME, FILE_PATH -> new TypeAndCategory("filename", "Artifacts dropped");
            case MD5 -> new TypeAndCategory("md5", "Artifacts dropped");
            case SHA1 -> new TypeAndCategory("sha1", "Artifacts dropped");
            case SHA256 -> new TypeAndCategory("sha256", "Artifacts dropped");
            case APP_ID -> new TypeAndCategory("mobile-application-id", "Payload installation");
            case APP_CERT_HASH -> certificate(value);
            case PROFILE_ID, ANDROID_PROPERTY -> new TypeAndCategory("text", "Artifacts dropped");
        };
    }

    private static TypeAndCategory certificate(String hash) {
        return switch (hash.length()) {
            case 32 -> new TypeAndCategory("x509-fingerprint-md5", "Payload installation");
            case 40 -> new TypeAndCategory("x509-fingerprint-sha1", "Payload installation");
            case 64 -> new TypeAndCategory("x509-fingerprint-sha256", "Payload installation");
            default -> new TypeAndCategory("text", "Payload installation");
        };
    }
}
