package org.spyglass.ios.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.core.plist.KeyedArchive;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.source.FileTimes;
import org.spyglass.ios.backup.write.MbFileArchive;
import org.spyglass.ios.testing.BackupEncryptor;

/**
 * {@link BackupFileInfo#decode} (read straight from the bytes when it can) gives what decoding the blob with
 * {@link KeyedArchive} gives, for every MBFile the backup writer makes, for an encrypted backup's MBFile, and for
 * every truncation of one.
 */
class BackupFileInfoTest {
    private static final FileTimes TIMES = new FileTimes(Instant.parse("2021-07-01T10:00:00Z"),
            Instant.parse("2021-07-02T10:00:00Z"), Instant.parse("2021-06-30T10:00:00Z"));

    static Stream<Arguments> blobs() throws Exception {
        return Stream.of(
                Arguments.of("regular file", new MbFileArchive("Library/SMS/sms.db", 3, MbFileArchive.REGULAR_FILE,
                        501, 501, 12345, 3, TIMES, null).encode()),
                Arguments.of("folder", new MbFileArchive("Library", 0, MbFileArchive.DIRECTORY, 501, 501, 7, 0,
                        TIMES, null).encode()),
                Arguments.of("symbolic link", new MbFileArchive("Library/latest", 5, MbFileArchive.SYMLINK, 501,
                        501, 8, 0, TIMES, "a.txt").encode()),
                Arguments.of("large file, root-owned", new MbFileArchive("Media/DCIM/big.mov", 5L << 32,
                        MbFileArchive.REGULAR_FILE, 0, 0, Long.MAX_VALUE, 4, TIMES, null).encode()),
                Arguments.of("times at the epoch", new MbFileArchive("a", 1, MbFileArchive.REGULAR_FILE, 501, 501,
                        1, 3, FileTimes.all(Instant.EPOCH), null).encode()),
                Arguments.of("times before 1970", new MbFileArchive("a", 1, MbFileArchive.REGULAR_FILE, 501, 501,
                        1, 3, FileTimes.all(Instant.parse("1960-01-01T00:00:00Z")), null).encode()),
                Arguments.of("non-ASCII path", new MbFileArchive("Library/Notes/café ☕.txt", 1,
                        MbFileArchive.REGULAR_FILE, 501, 501, 1, 3, TIMES, null).encode()),
                Arguments.of("encrypted backup (EncryptionKey)", withEncryptionKey(new MbFileArchive(
                        "Library/SMS/sms.db", 3, MbFileArchive.REGULAR_FILE, 501, 501, 9, 3, TIMES, null).encode())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blobs")
    void decodesAsKeyedArchiveDoes(String shape, byte[] blob) throws Exception {
        assertThat(BackupFileInfo.decode(blob)).isEqualTo(viaKeyedArchive(blob));
    }

    @Test
    void decodesAWrittenRegularFile() throws Exception {
        byte[] blob = new MbFileArchive("Library/SMS/sms.db", 3, MbFileArchive.REGULAR_FILE, 501, 20, 12345, 3,
                TIMES, null).encode();

        assertThat(BackupFileInfo.decode(blob)).isEqualTo(new BackupFileInfo(3L, (long) MbFileArchive.REGULAR_FILE,
                501L, 20L, 12345L, 3L, TIMES.modified(), TIMES.statusChanged(), TIMES.birth()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blobs")
    void everyTruncationDecodesAsKeyedArchiveDoesOrIsRefusedAlike(String shape, byte[] blob) {
        for (int length = 0; length < blob.length; length++) {
            byte[] truncated = Arrays.copyOf(blob, length);
            BackupFileInfo expected;
            try {
                expected = viaKeyedArchive(truncated);
            } catch (PlistException refused) {
                assertThatThrownBy(() -> BackupFileInfo.decode(truncated)).isInstanceOf(PlistException.class);
                continue;
            }
            try {
                assertThat(BackupFileInfo.decode(truncated)).as("cut at " + length).isEqualTo(expected);
            } catch (PlistException e) {
                throw new AssertionError("cut at " + length + " refused, but KeyedArchive decodes it", e);
            }
        }
    }

    /** The general path, as ManifestRow.info() took it for every row before. */
    private static BackupFileInfo viaKeyedArchive(byte[] blob) throws PlistException {
        if (KeyedArchive.decode(blob) instanceof Map<?, ?> mbFile) {
            return BackupFileInfo.fromArchived(mbFile);
        }
        throw new PlistException("not an archived MBFile");
    }

    /** Adds the NSMutableData EncryptionKey an encrypted backup's MBFile holds. */
    private static byte[] withEncryptionKey(byte[] blob) throws Exception {
        return BackupEncryptor.withEncryptionKey(blob, new byte[44]);
    }
}
