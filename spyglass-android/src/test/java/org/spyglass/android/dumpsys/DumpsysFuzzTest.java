package org.spyglass.android.dumpsys;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.CorpusRun;

/** Every dumpsys module survives any content of the bugreport's dumpstate text: nothing escapes. */
class DumpsysFuzzTest {
    private static final List<String> MODULES = List.of("dumpsys_accessibility", "dumpsys_appops",
            "dumpsys_packages", "dumpsys_receivers", "dumpsys_battery_daily", "dumpsys_getprop",
            "dumpsys_activities", "dumpsys_platform_compat", "dbinfo", "dumpsys_battery_history",
            "dumpsys_adb_state");

    @FuzzTest(maxDuration = "2m")
    void everyDumpsysModuleSurvivesAnySections(FuzzedDataProvider data) throws Exception {
        String module = data.pickValue(MODULES);
        CorpusRun.survive(module, data.consumeRemainingAsBytes(), SourceKind.ANDROID_BUGREPORT);
    }
}
