package org.spyglass.core.ioc;

/**
 * The kinds of indicator Spyglass understands. {@link #mvtBucket()} is the name MVT uses for the same kind, which
 * appears as {@code matched_indicator.type} in alerts.
 */
public enum IndicatorType {
    DOMAIN("domains"),
    IPV4("ipv4s"),
    IPV6("ipv6s"),
    URL("urls"),
    EMAIL("emails"),
    PROCESS("processes"),
    FILE_NAME("file_names"),
    FILE_PATH("file_paths"),
    MD5("files_md5"),
    SHA1("files_sha1"),
    SHA256("files_sha256"),
    APP_ID("app_ids"),
    APP_CERT_HASH("app_cert_hashes"),
    PROFILE_ID("ios_profile_ids"),
    ANDROID_PROPERTY("android_property_names");

    private final String mvtBucket;

    IndicatorType(String mvtBucket) {
        this.mvtBucket = mvtBucket;
    }

    public String mvtBucket() {
        return mvtBucket;
    }
}
