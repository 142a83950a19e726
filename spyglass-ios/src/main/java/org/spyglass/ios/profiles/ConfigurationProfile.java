package org.spyglass.ios.profiles;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One installed configuration profile (a {@code profile-*} plist of the configuration profiles system group). The
 * typed fields are read from the plist's top level; {@code plist} holds the whole plist, as MVT's record does, so
 * results can be diffed (data values are written as base64, dates in MVT's rendering).
 *
 * @param fileId             the backup fileID, or null outside backups
 * @param relativePath       the path inside the backup domain, or null outside backups
 * @param domain             the backup domain, or null outside backups
 * @param path               the absolute device path
 * @param payloadUuid        {@code PayloadUUID}, the profile's id
 * @param payloadIdentifier  {@code PayloadIdentifier}, reverse-DNS, chosen by the profile's author
 * @param payloadDisplayName {@code PayloadDisplayName}
 * @param payloadDescription {@code PayloadDescription}
 * @param payloadOrganization {@code PayloadOrganization}
 * @param payloadType        the top-level {@code PayloadType} (usually {@code Configuration})
 * @param payloadTypes       the {@code PayloadType} of each entry of {@code PayloadContent}, in order
 * @param installDate        {@code InstallDate}, UTC, or null
 * @param plist              the whole plist as plain values
 */
public record ConfigurationProfile(String fileId, String relativePath, String domain, String path, String payloadUuid,
                                   String payloadIdentifier, String payloadDisplayName, String payloadDescription,
                                   String payloadOrganization, String payloadType, List<String> payloadTypes,
                                   Instant installDate, Map<String, Object> plist) {
    public ConfigurationProfile {
        Objects.requireNonNull(path, "path");
        payloadTypes = List.copyOf(payloadTypes);
        plist = Collections.unmodifiableMap(new LinkedHashMap<>(plist));
    }

    /** True when one of the profile's payloads has this type. */
    public boolean hasPayload(String type) {
        return payloadTypes.contains(type);
    }
}
