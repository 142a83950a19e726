package org.spyglass.android.androidqf.settings;

import java.util.Objects;

/**
 * One setting of an AndroidQF {@code settings_<namespace>.txt} ({@code settings list <namespace>}).
 *
 * @param namespace {@code system}, {@code secure} or {@code global}: the file name's text after its last {@code _}
 * @param key       the setting's name
 * @param value     its value as printed (possibly empty or {@code null})
 * @param file      the device path of the file
 */
public record AqfSetting(String namespace, String key, String value, String file) {
    public AqfSetting {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
    }
}
