package org.spyglass.core.ioc.match;

import java.util.ArrayList;
import java.util.List;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorMatch;

/** Builds answer lists lazily, so a lookup that finds nothing allocates nothing but its keys. */
final class Matches {
    private Matches() {
    }

    /** Appends a match when {@code indicator} is not null; returns the (possibly new) list, or {@code out} as is. */
    static List<IndicatorMatch> add(List<IndicatorMatch> out, Indicator indicator, String observed, String how) {
        if (indicator == null) {
            return out;
        }
        List<IndicatorMatch> list = out == null ? new ArrayList<>(2) : out;
        list.add(new IndicatorMatch(indicator, observed, how));
        return list;
    }

    static List<IndicatorMatch> addAll(List<IndicatorMatch> out, List<IndicatorMatch> more) {
        if (more.isEmpty()) {
            return out;
        }
        List<IndicatorMatch> list = out == null ? new ArrayList<>(more.size()) : out;
        list.addAll(more);
        return list;
    }

    /** The finished answer: the shared empty list when nothing matched. */
    static List<IndicatorMatch> done(List<IndicatorMatch> out) {
        return out == null ? List.of() : out;
    }
}
