package org.spyglass.ios.malformed;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.run.ModuleRegistry;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.CorpusRun;
import org.spyglass.core.testing.MalformedCorpus;

/**
 * Every iOS module that reads a SQLite database survives a mutated one: a valid database holding the tables of the
 * test schemas, with bytes overwritten where the fuzzer chooses, is read, recovered or refused, never thrown.
 */
class SqliteParsersFuzzTest {
    private static final byte[] BASE = base();
    private static final List<ArtifactModule<?>> MODULES = ModuleRegistry.load().modules().stream()
            .filter(m -> m.sourceKinds().contains(SourceKind.IOS_FILESYSTEM))
            .filter(m -> m.artifacts().stream().anyMatch(SqliteParsersFuzzTest::isDatabase))
            .toList();

    @FuzzTest(maxDuration = "2m")
    void everySqliteModuleSurvivesAMutatedDatabase(FuzzedDataProvider data) throws Exception {
        ArtifactModule<?> module = data.pickValue(MODULES);
        byte[] bytes = BASE.clone();
        int edits = data.consumeInt(1, 16);
        for (int i = 0; i < edits && data.remainingBytes() > 4; i++) {
            int at = data.consumeInt(0, bytes.length - 1);
            byte[] patch = data.consumeBytes(data.consumeInt(1, 8));
            System.arraycopy(patch, 0, bytes, at, Math.min(patch.length, bytes.length - at));
        }
        CorpusRun.survive(module.name(), bytes, SourceKind.IOS_FILESYSTEM);
    }

    private static boolean isDatabase(String glob) {
        String name = glob.toLowerCase(Locale.ROOT);
        return name.endsWith(".db") || name.endsWith(".sqlite") || name.endsWith(".sqlitedb")
                || name.endsWith("/history.db");
    }

    private static byte[] base() {
        try {
            return MalformedCorpus.plausibleDatabase(CorpusRun.schemas(Path.of("src/test/resources")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
