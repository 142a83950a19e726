package org.spyglass.ios.shutdown;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.testing.CorpusRun;

/** The shutdown.log module survives any content of shutdown.log: bad lines become warnings, nothing escapes. */
class ShutdownLogFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void survivesAnyShutdownLog(byte[] bytes) throws Exception {
        CorpusRun.survive(ShutdownLogModule.NAME, bytes, SourceKind.IOS_SYSDIAGNOSE);
    }
}
