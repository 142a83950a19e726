package org.spyglass.core.module;

import java.util.Objects;
import java.util.stream.Collectors;
import org.spyglass.core.ioc.IndicatorMatch;

/** The words every indicator alert uses to say what matched, so alerts of all modules read alike. */
public final class MatchText {
    private MatchText() {
    }

    /** {@code matched indicator "evil.com" (subdomain of) from "Pegasus"}. */
    public static String of(IndicatorMatch match) {
        return "matched indicator \"" + match.indicator().value() + "\" (" + match.how() + ") from "
                + malware(match);
    }

    /** The distinct malware names of the indicator's sources, quoted, or a phrase saying there is none. */
    public static String malware(IndicatorMatch match) {
        String names = match.indicator().provenance().stream().map(p -> p.malware()).filter(Objects::nonNull)
                .distinct().collect(Collectors.joining(", "));
        return names.isEmpty() ? "an indicator file that names no malware" : "\"" + names + "\"";
    }
}
