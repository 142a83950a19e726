package org.spyglass.android.intrusion;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.CorpusRun;

/** Every intrusion log module survives any content of an NDJSON file: nothing escapes. */
class IntrusionLogFuzzTest {
    private static final List<String> MODULES = List.of(DnsEventsModule.NAME, ConnectEventsModule.NAME,
            SecurityEventsModule.NAME);

    @FuzzTest(maxDuration = "2m")
    void everyIntrusionModuleSurvivesAnyLines(FuzzedDataProvider data) throws Exception {
        String module = data.pickValue(MODULES);
        CorpusRun.survive(module, data.consumeRemainingAsBytes(), SourceKind.ANDROID_INTRUSION_LOGS);
    }
}
