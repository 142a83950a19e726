package org.spyglass.core.ioc.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.internal.CompactProvenance;

/**
 * The distinct provenances of a set, each numbered once, that its {@link ValueTable}s refer to by number. A number
 * stands either for a whole provenance, or (as {@link CompactProvenance} shares it) for what the provenances of one
 * STIX file and report have in common, to which each indicator adds its own id {@code indicator--<uuid>} kept as two
 * longs. Immutable; thread-safe.
 */
final class ProvenanceTable {
    private static final ProvenanceTable EMPTY = new ProvenanceTable(new Provenance[0], new boolean[0]);

    private final Provenance[] provenances;
    private final boolean[] stix;

    /** Takes the arrays as they are. */
    ProvenanceTable(Provenance[] provenances, boolean[] stix) {
        if (provenances.length != stix.length) {
            throw new IllegalArgumentException("one STIX flag a provenance");
        }
        this.provenances = provenances;
        this.stix = stix;
    }

    static ProvenanceTable empty() {
        return EMPTY;
    }

    int size() {
        return provenances.length;
    }

    /** The provenance numbered {@code number}; without its indicator id when {@link #isStix}. */
    Provenance get(int number) {
        return provenances[number];
    }

    /** Whether {@code number} is the common part of STIX provenances, each with an indicator id of its own. */
    boolean isStix(int number) {
        return stix[number];
    }

    /** The provenance numbered {@code number}, with the indicator id of {@code high} and {@code low} if STIX. */
    Provenance expand(int number, long high, long low) {
        Provenance common = provenances[number];
        if (!stix[number]) {
            return common;
        }
        return new Provenance(common.feed(), common.file(), common.malware(),
                CompactProvenance.indicatorId(high, low), common.malwareId(), common.category());
    }

    /** Numbers provenances as they come, each distinct one once. Not thread-safe. */
    static final class Builder {
        private final List<Provenance> provenances = new ArrayList<>();
        private final List<Boolean> stix = new ArrayList<>();
        private final Map<Provenance, Integer> plainNumbers = new HashMap<>();
        private final Map<Provenance, Integer> stixNumbers = new HashMap<>();
        private Provenance last;
        private boolean lastStix;
        private int lastNumber;

        Builder() {
        }

        /** A builder that goes on from {@code table}'s numbers. */
        Builder(ProvenanceTable table) {
            for (int i = 0; i < table.size(); i++) {
                number(table.get(i), table.isStix(i));
            }
        }

        /**
         * The number of a provenance in {@link CompactProvenance} form, given a new number when it is new. The
         * indicator id of a STIX one is {@link CompactProvenance#idHigh} and {@link CompactProvenance#idLow}.
         */
        int number(Object compact) {
            Provenance common = CompactProvenance.common(compact);
            return common != null ? number(common, true) : number((Provenance) compact, false);
        }

        /** The number of {@code provenance} (the common part when {@code isStix}), given a new one when it is new. */
        int number(Provenance provenance, boolean isStix) {
            // Consecutive indicators of one file share the very same object: no hashing for them.
            if (provenance == last && isStix == lastStix) {
                return lastNumber;
            }
            Map<Provenance, Integer> numbers = isStix ? stixNumbers : plainNumbers;
            Integer known = numbers.get(provenance);
            int number;
            if (known != null) {
                number = known;
            } else {
                number = provenances.size();
                numbers.put(provenance, number);
                provenances.add(provenance);
                stix.add(isStix);
            }
            last = provenance;
            lastStix = isStix;
            lastNumber = number;
            return number;
        }

        ProvenanceTable build() {
            boolean[] flags = new boolean[stix.size()];
            for (int i = 0; i < flags.length; i++) {
                flags[i] = stix.get(i);
            }
            return new ProvenanceTable(provenances.toArray(Provenance[]::new), flags);
        }
    }
}
