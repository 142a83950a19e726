package org.spyglass.core.ioc.load;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any text given as a STIX pattern is parsed or refused with a {@link StixPatternException}, nothing else. */
class StixPatternFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parsesOrRefusesAnyPattern(FuzzedDataProvider data) {
        try {
            StixPatternParser.parse(data.consumeRemainingAsString());
        } catch (StixPatternException refused) {
            // A refusal with a message is the expected outcome for bad patterns.
        }
    }
}
