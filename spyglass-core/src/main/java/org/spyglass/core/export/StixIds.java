package org.spyglass.core.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** Name-based (version 5) UUIDs and the timestamp renderings of the exports. */
final class StixIds {
    /** The namespace STIX 2.1 gives for the deterministic ids of cyber-observable objects. */
    static final UUID SCO_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");
    /** Spyglass's own namespace for the ids of the objects it creates. */
    static final UUID SPYGLASS_NAMESPACE = UUID.fromString("6f1c3a52-8d4e-5b7a-9c2d-3e4f5a6b7c8d");

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private StixIds() {
    }

    /** {@code type--uuid}, the UUID derived from {@code name} in {@code namespace} (RFC 4122 version 5). */
    static String id(String type, UUID namespace, String name) {
        return type + "--" + uuid5(namespace, name);
    }

    static UUID uuid5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /** A STIX timestamp to the millisecond, as {@code created} and {@code modified} require. */
    static String millis(Instant time) {
        return MILLIS.format(time);
    }

    /** A STIX timestamp to the microsecond, for times seen in the evidence. */
    static String micros(Instant time) {
        return MICROS.format(time);
    }
}
