package org.spyglass.ios.tcc;

import java.time.Instant;

/**
 * One row of TCC.db's {@code access} table: a privacy permission (microphone, camera, photos, ...) asked by or given
 * to a client. Fields follow MVT's; which of them are set depends on the schema version: {@code authValue} and
 * {@code authReasonDesc} in v3 (iOS 14 and later), {@code allowedValue} and {@code promptCount} in v1 and v2, and
 * {@code lastModified} in v2 and v3.
 *
 * @param service        the permission as stored, e.g. {@code kTCCServiceMicrophone}
 * @param client         the app's bundle id, or the path of a program
 * @param clientType     {@value #BUNDLE_ID} or {@value #ABSOLUTE_PATH} ({@code client_type} 0 or otherwise)
 * @param authValue      v3: {@code denied}, {@code unknown}, {@code allowed} or {@code limited} (an unknown code as a
 *                       number)
 * @param authReasonDesc v3: why, e.g. {@code user_consent}, {@code system_set}, {@code mdm_policy}
 * @param allowedValue   v1/v2: {@code denied} or {@code allowed}
 * @param promptCount    v1/v2: how often the user was asked
 * @param lastModified   when the row last changed (Unix time in the database), UTC
 */
public record TccAccess(String service, String client, String clientType, String authValue, String authReasonDesc,
                        String allowedValue, Long promptCount, Instant lastModified) {
    public static final String BUNDLE_ID = "bundle_id";
    public static final String ABSOLUTE_PATH = "absolute_path";
    private static final String PREFIX = "kTCCService";

    /** The service without Apple's {@code kTCCService} prefix: {@code Microphone}. */
    public String serviceName() {
        if (service != null && service.startsWith(PREFIX) && service.length() > PREFIX.length()) {
            return service.substring(PREFIX.length());
        }
        return service;
    }

    /** The decision in words, whichever schema it came from. */
    public String decision() {
        return authValue != null ? authValue : allowedValue;
    }

    /** True when the permission is granted, fully or in part. */
    public boolean granted() {
        String decision = decision();
        return "allowed".equals(decision) || "limited".equals(decision);
    }
}
