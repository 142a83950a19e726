package org.spyglass.ios.locationd;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One client of the location daemon (an entry of locationd's {@code clients.plist}): an app, an extension or a
 * daemon that asked for the device's location, with the times its kinds of location use stopped. MVT calls the
 * client {@code package} and keeps the plist's key names; the times are Apple times converted to UTC.
 *
 * @param client                                  the entry's key without its trailing {@code :} (a bundle id, or a
 *                                                one-letter marker and an executable path, e.g.
 *                                                {@code i/usr/libexec/foo})
 * @param consumptionPeriodBegin                  {@code ConsumptionPeriodBegin}
 * @param receivingLocationInformationTimeStopped {@code ReceivingLocationInformationTimeStopped}
 * @param visitTimeStopped                        {@code VisitTimeStopped}
 * @param locationTimeStopped                     {@code LocationTimeStopped}
 * @param backgroundLocationTimeStopped           {@code BackgroundLocationTimeStopped}
 * @param significantTimeStopped                  {@code SignificantTimeStopped}
 * @param nonPersistentSignificantTimeStopped     {@code NonPersistentSignificantTimeStopped}
 * @param fenceTimeStopped                        {@code FenceTimeStopped}
 * @param beaconRegionTimeStopped                 {@code BeaconRegionTimeStopped}
 * @param bundleId                                {@code BundleId}
 * @param bundlePath                              {@code BundlePath}
 * @param executable                              {@code Executable}
 * @param registered                              {@code Registered}: a path, or sometimes {@code true}/{@code false}
 * @param clientStorageToken                      {@code ClientStorageToken}, base64
 */
public record LocationdClient(String client, Instant consumptionPeriodBegin,
                              Instant receivingLocationInformationTimeStopped, Instant visitTimeStopped,
                              Instant locationTimeStopped, Instant backgroundLocationTimeStopped,
                              Instant significantTimeStopped, Instant nonPersistentSignificantTimeStopped,
                              Instant fenceTimeStopped, Instant beaconRegionTimeStopped, String bundleId,
                              String bundlePath, String executable, String registered, String clientStorageToken) {

    /** The plist's time keys, in the order of the record's time fields. */
    public static final List<String> TIME_KEYS = List.of("ConsumptionPeriodBegin",
            "ReceivingLocationInformationTimeStopped", "VisitTimeStopped", "LocationTimeStopped",
            "BackgroundLocationTimeStopped", "SignificantTimeStopped", "NonPersistentSignificantTimeStopped",
            "FenceTimeStopped", "BeaconRegionTimeStopped");

    /** One time key present in the entry. */
    public record Stamp(String key, Instant time) {
    }

    public LocationdClient {
        Objects.requireNonNull(client, "client");
    }

    /** The time keys present, in {@link #TIME_KEYS} order. */
    public List<Stamp> stamps() {
        Instant[] times = {consumptionPeriodBegin, receivingLocationInformationTimeStopped, visitTimeStopped,
            locationTimeStopped, backgroundLocationTimeStopped, significantTimeStopped,
            nonPersistentSignificantTimeStopped, fenceTimeStopped, beaconRegionTimeStopped};
        List<Stamp> stamps = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            if (times[i] != null) {
                stamps.add(new Stamp(TIME_KEYS.get(i), times[i]));
            }
        }
        return stamps;
    }

    /** The earliest time present, or null. */
    public Instant firstTime() {
        return stamps().stream().map(Stamp::time).min(Instant::compareTo).orElse(null);
    }

    /**
     * The executable path in the key when the key names one ({@code /usr/libexec/foo}, with or without a one-letter
     * marker before the slash), else null.
     */
    public String clientPath() {
        int slash = client.indexOf('/');
        if (slash == 0 || slash == 1 && Character.isLetter(client.charAt(0))) {
            return client.substring(slash);
        }
        return null;
    }

    /** The key's last path component, the name MVT matches as a process (the whole key for a bundle id). */
    public String processName() {
        return client.substring(client.lastIndexOf('/') + 1);
    }
}
