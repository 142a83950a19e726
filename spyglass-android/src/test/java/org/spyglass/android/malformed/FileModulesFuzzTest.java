package org.spyglass.android.malformed;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.run.ModuleRegistry;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.CorpusRun;

/**
 * Every Android module (AndroidQF, bugreport, backup and intrusion log modules alike) survives any content of the
 * files it reads, as the evidence kind it reads first: nothing escapes the module. The harnesses of single formats
 * (dumpsys, AndroidQF JSON, intrusion logs, tombstones) go deeper; this one reaches the modules they leave out.
 */
class FileModulesFuzzTest {
    private static final List<String> MODULES = ModuleRegistry.load().modules().stream()
            .filter(m -> m.sourceKinds().stream().anyMatch(FileModulesFuzzTest::isAndroid))
            .filter(m -> !m.artifacts().isEmpty())
            .map(ArtifactModule::name).sorted().toList();

    @FuzzTest(maxDuration = "2m")
    void everyAndroidModuleSurvivesAnyContent(FuzzedDataProvider data) throws Exception {
        String name = data.pickValue(MODULES);
        ArtifactModule<?> module = ModuleRegistry.load().byName(name).orElseThrow();
        SourceKind kind = module.sourceKinds().stream().filter(FileModulesFuzzTest::isAndroid).findFirst()
                .orElseThrow();
        CorpusRun.survive(name, data.consumeRemainingAsBytes(), kind);
    }

    private static boolean isAndroid(SourceKind kind) {
        return kind.name().startsWith("ANDROID_");
    }
}
