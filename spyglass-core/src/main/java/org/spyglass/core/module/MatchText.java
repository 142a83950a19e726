package org.spyglass.core.module;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.spyglass.core.ioc.IndicatorMatch;

/** The words every indicator alert uses to say what matched, so alerts of all modules read alike. */
public final class MatchText {
    private MatchText() {
    }

    /**
     * What one observed value matched, in the matcher's order (which puts the most specific match first: the exact
     * URL, the same domain, then parent domains from the closest up). One match reads
     * {@code matched indicator "evil.com" (subdomain of) from "Pegasus"}; several read
     * {@code matched indicators "a.evil.com" (same domain), "evil.com" (subdomain of) from "Pegasus, Predator"},
     * naming the distinct malware of all of them.
     *
     * @throws IllegalArgumentException when there is no match, as there is then nothing to say
     */
    public static String of(List<IndicatorMatch> matches) {
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("no indicator matched");
        }
        String indicators = matches.stream()
                .map(match -> "\"" + match.indicator().value() + "\" (" + match.how() + ")")
                .collect(Collectors.joining(", "));
        return (matches.size() == 1 ? "matched indicator " : "matched indicators ") + indicators + " from "
                + malware(matches);
    }

    /** The distinct malware names of the matched indicators' sources, quoted, or a phrase saying there is none. */
    private static String malware(List<IndicatorMatch> matches) {
        String names = matches.stream().flatMap(match -> match.indicator().provenance().stream())
                .map(p -> p.malware()).filter(Objects::nonNull).distinct().collect(Collectors.joining(", "));
        return names.isEmpty() ? "an indicator file that names no malware" : "\"" + names + "\"";
    }
}
