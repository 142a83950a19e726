package org.spyglass.core.ioc;

import java.util.Objects;

/**
 * One answer of the matcher.
 *
 * @param indicator the indicator that matched, with its provenance
 * @param observed  the value seen in the evidence that matched (the URL, host, path, process name, …)
 * @param how       how it matched, one short phrase: "exact domain", "subdomain of", "path prefix", …
 */
public record IndicatorMatch(Indicator indicator, String observed, String how) {
    public IndicatorMatch {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(how, "how");
    }
}
