package org.spyglass.ios.contacts;

import java.util.Map;

/** The AddressBook property codes of {@code ABMultiValue.property} and the labels iOS wraps in {@code _$!<…>!$_}. */
final class ContactKinds {
    static final String EMAIL = "email";
    static final String URL = "url";
    private static final Map<Long, String> KINDS = Map.of(3L, "phone", 4L, EMAIL, 5L, "address", 12L, "date",
            13L, "instant_message", 22L, URL, 23L, "related_name", 46L, "social_profile");

    private ContactKinds() {
    }

    static String kind(Long property) {
        return property == null ? "other" : KINDS.getOrDefault(property, "other");
    }

    /** {@code _$!<Mobile>!$_} becomes {@code Mobile}; a label the user typed stays as it is. */
    static String label(String raw) {
        if (raw != null && raw.startsWith("_$!<") && raw.endsWith(">!$_") && raw.length() >= 8) {
            return raw.substring(4, raw.length() - 4);
        }
        return raw;
    }
}
