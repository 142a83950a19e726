package org.spyglass.core.ioc.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.internal.CompactProvenance;

/**
 * The provenances of one indicator as the set stores them: one {@link CompactProvenance} value, or an
 * {@code Object[]} of them when the indicator has several provenances; {@link #list} gives them back in the order
 * they were added.
 */
final class Origins {
    private Origins() {
    }

    /**
     * Adds {@code provenance} to {@code stored} (null when the indicator is new), unless it is there already.
     *
     * @param shared the provenances without indicator id seen so far, so that each is kept once
     * @return the new stored value
     */
    static Object add(Object stored, Provenance provenance, Map<Provenance, Provenance> shared) {
        if (stored == null) {
            return CompactProvenance.compact(provenance, shared);
        }
        if (list(stored).contains(provenance)) {
            return stored;
        }
        Object[] more = stored instanceof Object[] array ? Arrays.copyOf(array, array.length + 1) : new Object[] {
            stored, null};
        more[more.length - 1] = CompactProvenance.compact(provenance, shared);
        return more;
    }

    /** Adds a provenance already in its {@link CompactProvenance} form, as {@link #add} does. */
    static Object addCompact(Object stored, Object compact) {
        if (stored == null) {
            return compact;
        }
        if (list(stored).contains(CompactProvenance.expand(compact))) {
            return stored;
        }
        Object[] more = stored instanceof Object[] array ? Arrays.copyOf(array, array.length + 1) : new Object[] {
            stored, null};
        more[more.length - 1] = compact;
        return more;
    }

    /** The provenances of a stored value, in the order they were added. */
    static List<Provenance> list(Object stored) {
        if (stored instanceof Object[] array) {
            List<Provenance> out = new ArrayList<>(array.length);
            for (Object one : array) {
                out.add(CompactProvenance.expand(one));
            }
            return out;
        }
        return List.of(CompactProvenance.expand(stored));
    }
}
