package org.spyglass.core.sqlite;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.spyglass.core.testing.MalformedCorpus;

/**
 * The page-level recovery reads any damage done to a valid database: bytes overwritten where the fuzzer chooses
 * give back rows, or a null outcome, or an SQLException from writing the scratch database; nothing else escapes.
 */
class SqliteRecoveryFuzzTest {
    private static final byte[] BASE = base();

    @FuzzTest(maxDuration = "2m")
    void recoversOrGivesUpOnAnyDamage(FuzzedDataProvider data) throws IOException {
        byte[] bytes = BASE.clone();
        int edits = data.consumeInt(1, 16);
        for (int i = 0; i < edits && data.remainingBytes() > 4; i++) {
            int at = data.consumeInt(0, bytes.length - 1);
            byte[] patch = data.consumeBytes(data.consumeInt(1, 16));
            System.arraycopy(patch, 0, bytes, at, Math.min(patch.length, bytes.length - at));
        }
        Path work = Files.createTempDirectory("spyglass-fuzz-");
        Path damaged = Files.write(work.resolve("damaged.db"), bytes);
        Path target = work.resolve("recovered.db");
        try {
            SqliteRecovery.recover(damaged, target);
        } catch (SQLException refused) {
            // Writing the scratch database failed: the parser turns this into a warning.
        } finally {
            Files.deleteIfExists(target);
            Files.delete(damaged);
            Files.delete(work);
        }
    }

    private static byte[] base() {
        try {
            return MalformedCorpus.smallDatabase();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
