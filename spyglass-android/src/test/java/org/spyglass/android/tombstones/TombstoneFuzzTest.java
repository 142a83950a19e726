package org.spyglass.android.tombstones;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.CorpusRun;

/** The tombstones module survives any content of a text or protobuf tombstone: nothing escapes. */
class TombstoneFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void survivesAnyTombstone(FuzzedDataProvider data) throws Exception {
        CorpusRun.survive(TombstonesModule.NAME, data.consumeRemainingAsBytes(), SourceKind.ANDROID_BUGREPORT);
    }
}
