package org.spyglass.core.plist;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.Map;

/**
 * Any bytes given as a plist or an NSKeyedArchiver archive are read or refused with a {@link PlistException}; the
 * fields {@link KeyedArchiveFields} reads from any bytes are those {@link KeyedArchive} decodes, or it leaves them.
 */
class PlistFuzzTest {
    private static final String[] FIELDS = {"Size", "Mode", "LastModified", "Birth"};
    private static final KeyedArchiveFields MB_FILE = KeyedArchiveFields.of("MBFile", FIELDS);

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

    @FuzzTest(maxDuration = "2m")
    void readsArchiveFieldsAsKeyedArchiveDoesOrLeavesThem(byte[] bytes) throws PlistException {
        Long[] read = MB_FILE.read(bytes);
        if (read == null) {
            return;
        }
        Map<?, ?> decoded = (Map<?, ?>) KeyedArchive.decode(bytes);
        Long[] expected = new Long[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            expected[i] = decoded.get(FIELDS[i]) instanceof Number number ? number.longValue() : null;
        }
        if (!Arrays.equals(read, expected)) {
            throw new AssertionError("read " + Arrays.toString(read) + " but KeyedArchive decodes "
                    + Arrays.toString(expected));
        }
    }
}
