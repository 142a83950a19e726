package org.spyglass.core.plist;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes given as a plist or an NSKeyedArchiver archive are read or refused with a {@link PlistException}. */
class PlistFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void readsOrRefusesAnyPlist(byte[] bytes) {
        try {
            Plists.parse(bytes);
        } catch (PlistException refused) {
            // The expected outcome for a damaged plist.
        }
    }

    @FuzzTest(maxDuration = "2m")
    void decodesOrRefusesAnyKeyedArchive(byte[] bytes) {
        try {
            KeyedArchive.decode(bytes);
        } catch (PlistException refused) {
            // The expected outcome for a damaged archive.
        }
    }
}
