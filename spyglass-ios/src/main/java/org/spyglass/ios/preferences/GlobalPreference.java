package org.spyglass.ios.preferences;

import java.util.Objects;

/**
 * One top-level key of .GlobalPreferences.plist.
 *
 * @param entry the key
 * @param value its value as plain Java values (see {@link org.spyglass.core.plist.Plists#toJava}): text, number,
 *              boolean, date, data (written as base64), list or map; null for a value of an unknown kind
 */
public record GlobalPreference(String entry, Object value) {
    public GlobalPreference {
        Objects.requireNonNull(entry, "entry");
    }
}
