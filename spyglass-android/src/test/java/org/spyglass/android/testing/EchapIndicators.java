package org.spyglass.android.testing;

import java.nio.charset.StandardCharsets;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.load.IndicatorFileLoader;
import org.spyglass.core.ioc.match.IndicatorSetBuilder;

/** Indicators read from an ECHAP-style app list written in the test, so their provenance carries a category. */
public final class EchapIndicators {
    private EchapIndicators() {
    }

    public static Indicators of(String yaml) {
        return new IndicatorSetBuilder().add(IndicatorFileLoader.load("ECHAP", "ioc.yaml",
                yaml.getBytes(StandardCharsets.UTF_8))).build();
    }
}
