package org.spyglass.android.ab;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Any bytes given as an Android backup are read as a header or refused with an {@link IOException}. */
class AbHeaderFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void readsOrRefusesAnyHeader(byte[] bytes) {
        try {
            AbHeader.read(new ByteArrayInputStream(bytes));
        } catch (IOException refused) {
            // A format refusal (AbFormatException) is the expected outcome.
        }
    }
}
