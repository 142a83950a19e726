package org.spyglass.core.ioc.internal;

import java.util.Map;
import java.util.UUID;
import org.spyglass.core.ioc.Provenance;

/**
 * A {@link Provenance} stored compactly, since a run may hold millions of indicators: what the provenances of one
 * file and report share is kept once, and a STIX id of the usual form ({@code indicator--} and a lower-case UUID) as
 * two longs. {@link #compact} gives either such a compact value or the provenance itself; {@link #expand} gives back
 * an equal provenance.
 */
public final class CompactProvenance {
    private static final String PREFIX = "indicator--";
    private static final int ID_LENGTH = PREFIX.length() + 36;

    private record Stix(Provenance shared, long high, long low) {
    }

    private CompactProvenance() {
    }

    /**
     * The compact form of {@code provenance}.
     *
     * @param shared the provenances without indicator id seen so far (filled here), so that each is kept once
     */
    public static Object compact(Provenance provenance, Map<Provenance, Provenance> shared) {
        String id = provenance.indicatorId();
        if (id == null || id.length() != ID_LENGTH || !id.startsWith(PREFIX)) {
            return provenance;
        }
        String text = id.substring(PREFIX.length());
        UUID uuid;
        try {
            uuid = UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return provenance;
        }
        if (!uuid.toString().equals(text)) {
            return provenance;
        }
        Provenance common = new Provenance(provenance.feed(), provenance.file(), provenance.malware(), null,
                provenance.malwareId(), provenance.category());
        return new Stix(shared.computeIfAbsent(common, p -> p), uuid.getMostSignificantBits(),
                uuid.getLeastSignificantBits());
    }

    /**
     * A compact STIX provenance: {@code common} (without indicator id, shared as {@link #compact} shares it) and the
     * indicator id {@code indicator--<uuid>} as the two halves of its UUID; the inverse of {@link #common},
     * {@link #idHigh} and {@link #idLow}.
     */
    public static Object stix(Provenance common, long high, long low) {
        return new Stix(common, high, low);
    }

    /** The shared part of a compact STIX provenance (no indicator id); null when {@code compact} is a provenance. */
    public static Provenance common(Object compact) {
        return compact instanceof Stix stix ? stix.shared() : null;
    }

    /** The high half of the indicator id's UUID of a compact STIX provenance. */
    public static long idHigh(Object compact) {
        return ((Stix) compact).high();
    }

    /** The low half of the indicator id's UUID of a compact STIX provenance. */
    public static long idLow(Object compact) {
        return ((Stix) compact).low();
    }

    /** The provenance a value of {@link #compact} stands for. */
    public static Provenance expand(Object compact) {
        if (compact instanceof Stix stix) {
            Provenance shared = stix.shared();
            return new Provenance(shared.feed(), shared.file(), shared.malware(),
                    PREFIX + new UUID(stix.high(), stix.low()), shared.malwareId(), shared.category());
        }
        return (Provenance) compact;
    }
}
