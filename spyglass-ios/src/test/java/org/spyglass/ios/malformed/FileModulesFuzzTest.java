package org.spyglass.ios.malformed;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.run.ModuleRegistry;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.CorpusRun;

/**
 * Every iOS module that reads files other than SQLite databases (plists, keyed archives, JSON crash reports, logs,
 * text) survives any content of its files: nothing escapes the module. The SQLite modules have their own harness
 * ({@link SqliteParsersFuzzTest}), which starts from valid databases.
 */
class FileModulesFuzzTest {
    private static final List<String> MODULES = ModuleRegistry.load().modules().stream()
            .filter(m -> m.sourceKinds().stream().anyMatch(FileModulesFuzzTest::isIos))
            .filter(m -> !m.artifacts().isEmpty() && m.artifacts().stream().noneMatch(FileModulesFuzzTest::isDatabase))
            .map(ArtifactModule::name).sorted().toList();

    @FuzzTest(maxDuration = "2m")
    void everyIosFileModuleSurvivesAnyContent(FuzzedDataProvider data) throws Exception {
        String name = data.pickValue(MODULES);
        ArtifactModule<?> module = ModuleRegistry.load().byName(name).orElseThrow();
        SourceKind kind = module.sourceKinds().stream().filter(FileModulesFuzzTest::isIos).findFirst().orElseThrow();
        CorpusRun.survive(name, data.consumeRemainingAsBytes(), kind);
    }

    private static boolean isIos(SourceKind kind) {
        return kind == SourceKind.IOS_FILESYSTEM || kind == SourceKind.IOS_SYSDIAGNOSE || kind == SourceKind.IOS_BACKUP;
    }

    private static boolean isDatabase(String glob) {
        String name = glob.toLowerCase(Locale.ROOT);
        return name.endsWith(".db") || name.endsWith(".sqlite") || name.endsWith(".sqlitedb")
                || name.endsWith(".storedata") || name.contains("/history.db") || name.endsWith("favicons")
                || name.endsWith("/history") || name.endsWith("browser.db");
    }
}
