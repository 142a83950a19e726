package org.spyglass.android.androidqf.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spyglass.core.text.LinkExtractor;

/**
 * The network addresses a setting names: the links in its value ({@code http(s)://}, {@code www.}), and the host of
 * the settings whose value is a host ({@code private_dns_specifier}, the global HTTP proxy), where stalkerware points
 * the phone at its servers.
 */
final class SettingAddresses {
    static final Set<String> HOST_KEYS = Set.of("private_dns_specifier", "global_http_proxy_host", "http_proxy");

    private SettingAddresses() {
    }

    /** The links of the value, then the host of a host-valued key ({@code host:port} loses its port). */
    static List<String> of(AqfSetting setting) {
        List<String> addresses = new ArrayList<>(LinkExtractor.extract(setting.value()));
        String value = setting.value().strip();
        if (HOST_KEYS.contains(setting.key()) && addresses.isEmpty() && !value.isEmpty() && !value.equals("null")
                && !value.contains(" ")) {
            int colon = value.lastIndexOf(':');
            addresses.add(colon > 0 && value.indexOf(':') == colon ? value.substring(0, colon) : value);
        }
        return addresses;
    }

    /** True when the address is a link rather than a bare host. */
    static boolean isLink(String address) {
        return address.contains("/") || address.regionMatches(true, 0, "www.", 0, 4);
    }
}
