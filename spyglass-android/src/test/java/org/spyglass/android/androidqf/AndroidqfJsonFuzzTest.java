package org.spyglass.android.androidqf;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.CorpusRun;

/** Every androidqf module survives any content of its JSON file: nothing escapes. */
class AndroidqfJsonFuzzTest {
    private static final List<String> MODULES = List.of("aqf_packages", "aqf_processes", "aqf_settings",
            "aqf_get_prop", "aqf_files", "root_binaries", "mounts");

    @FuzzTest(maxDuration = "2m")
    void everyAndroidqfModuleSurvivesAnyJson(FuzzedDataProvider data) throws Exception {
        String module = data.pickValue(MODULES);
        CorpusRun.survive(module, data.consumeRemainingAsBytes(), SourceKind.ANDROID_ANDROIDQF);
    }
}
