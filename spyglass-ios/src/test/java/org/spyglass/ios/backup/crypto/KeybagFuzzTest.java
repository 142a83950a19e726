package org.spyglass.ios.backup.crypto;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes given as a backup keybag (TLV) are parsed or refused with a {@link DamagedKeybagException}. */
class KeybagFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void parsesOrRefusesAnyKeybag(byte[] bytes) {
        try {
            Keybag.parse(bytes);
        } catch (DamagedKeybagException refused) {
            // The expected outcome for a damaged keybag.
        }
    }
}
