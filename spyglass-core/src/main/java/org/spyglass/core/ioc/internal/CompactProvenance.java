package org.spyglass.core.ioc.internal;

import java.util.Map;
import java.util.Objects;
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
        return compact(provenance, shared, null);
    }

    /**
     * {@link #compact}, sharing {@code last} (the shared part of the previous compact value, or null) without a look-up
     * when it fits, as it does for consecutive indicators of one report.
     */
    public static Object compact(Provenance provenance, Map<Provenance, Provenance> shared, Provenance last) {
        String id = provenance.indicatorId();
        if (id == null || id.length() != ID_LENGTH || !id.startsWith(PREFIX)) {
            return provenance;
        }
        // The canonical text of a UUID: lower-case hex digits in groups of 8-4-4-4-12 (what UUID.toString gives).
        int from = PREFIX.length();
        if (id.charAt(from + 8) != '-' || id.charAt(from + 13) != '-' || id.charAt(from + 18) != '-'
                || id.charAt(from + 23) != '-') {
            return provenance;
        }
        long first = hex(id, from, from + 8);
        long second = hex(id, from + 9, from + 13);
        long third = hex(id, from + 14, from + 18);
        long fourth = hex(id, from + 19, from + 23);
        long fifth = hex(id, from + 24, from + 36);
        if (first < 0 || second < 0 || third < 0 || fourth < 0 || fifth < 0) {
            return provenance;
        }
        long high = first << 32 | second << 16 | third;
        long low = fourth << 48 | fifth;
        Provenance common;
        if (last != null && Objects.equals(last.feed(), provenance.feed())
                && Objects.equals(last.file(), provenance.file()) && Objects.equals(last.malware(), provenance.malware())
                && Objects.equals(last.malwareId(), provenance.malwareId())
                && Objects.equals(last.category(), provenance.category())) {
            common = last;
        } else {
            Provenance made = new Provenance(provenance.feed(), provenance.file(), provenance.malware(), null,
                    provenance.malwareId(), provenance.category());
            common = shared.computeIfAbsent(made, p -> p);
        }
        return new Stix(common, high, low);
    }

    /** The value of the lower-case hex digits {@code text[from, to)} (at most 15), or -1 when one is not such. */
    private static long hex(String text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                digit = c - 'a' + 10;
            } else {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    /** The indicator id {@code indicator--<uuid>} whose UUID has the halves {@code high} and {@code low}. */
    public static String indicatorId(long high, long low) {
        return PREFIX + new UUID(high, low);
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
            return new Provenance(shared.feed(), shared.file(), shared.malware(), indicatorId(stix.high(), stix.low()),
                    shared.malwareId(), shared.category());
        }
        return (Provenance) compact;
    }
}
