package org.spyglass.android.intrusion;

import java.util.Set;

/** Addresses that name no remote host, so they are never matched against indicators. */
final class NetworkAddresses {
    private static final Set<String> UNSPECIFIED = Set.of("0.0.0.0", "::", "::0", "0:0:0:0:0:0:0:0");

    private NetworkAddresses() {
    }

    /** True for the unspecified address (a blocked or failed look-up answers 0.0.0.0). */
    static boolean unspecified(String address) {
        return UNSPECIFIED.contains(address);
    }

    /** True for the unspecified address and loopback ({@code 127.0.0.0/8}, {@code ::1}). */
    static boolean local(String address) {
        return unspecified(address) || address.startsWith("127.") || address.equals("::1")
                || address.equals("0:0:0:0:0:0:0:1");
    }
}
