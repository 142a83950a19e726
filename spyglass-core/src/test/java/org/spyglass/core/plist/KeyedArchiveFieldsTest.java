package org.spyglass.core.plist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.spyglass.core.plist.KeyedArchiveTest.classInfo;
import static org.spyglass.core.plist.KeyedArchiveTest.uid;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.XMLPropertyListWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link KeyedArchiveFields} gives what {@link KeyedArchive#decode} gives, or leaves the archive to it: for every
 * shape it reads, for the shapes it leaves, and for damaged archives (every truncation, every byte changed, seeded
 * random damage), where an answer of its own must be the general path's.
 */
class KeyedArchiveFieldsTest {
    private static final String[] FIELDS = {"Size", "Mode", "UserID", "LastModified", "Birth", "Absent"};
    private static final KeyedArchiveFields READER = KeyedArchiveFields.of("MBFile", FIELDS);

    @Test
    void readsTheNumberFieldsOfAnArchivedInstance() throws Exception {
        Long[] values = READER.read(mbFile(file -> { }));

        assertThat(values).containsExactly(3L, 0100644L, 501L, 1625133600L, 1625047200L, null);
    }

    static Stream<Arguments> shapesReadDirectly() {
        return Stream.of(
                Arguments.of("one-byte integer", mbFile(file -> file.put("Size", 7))),
                Arguments.of("two-byte integer", mbFile(file -> file.put("Size", 40_000))),
                Arguments.of("four-byte integer", mbFile(file -> file.put("Size", 3_000_000_000L))),
                Arguments.of("eight-byte integer", mbFile(file -> file.put("Size", 1L << 40))),
                Arguments.of("negative integer", mbFile(file -> file.put("Birth", -1L))),
                Arguments.of("largest integer", mbFile(file -> file.put("Size", Long.MAX_VALUE))),
                Arguments.of("zero time", mbFile(file -> file.put("LastModified", 0))),
                Arguments.of("double", mbFile(file -> file.put("LastModified", 1625133600.75))),
                Arguments.of("negative double", mbFile(file -> file.put("Birth", -2.5))),
                Arguments.of("huge double", mbFile(file -> file.put("Size", 1e300))),
                Arguments.of("NaN", mbFile(file -> file.put("Size", Double.NaN))),
                Arguments.of("boolean", mbFile(file -> file.put("Mode", true))),
                Arguments.of("string", mbFile(file -> file.put("UserID", "501"))),
                Arguments.of("non-ASCII string", mbFile(file -> file.put("UserID", "mobile é"))),
                Arguments.of("data", mbFile(file -> file.put("Size", new NSData(new byte[] {1, 2})))),
                Arguments.of("date", mbFile(file -> file.put("Birth", new NSDate(new Date(0))))),
                Arguments.of("missing field", mbFile(file -> file.remove("Mode"))),
                Arguments.of("reference to $null", mbFile(file -> file.put("Size", uid(0)))),
                Arguments.of("reference to the path string", mbFile(file -> file.put("Size", uid(2)))),
                Arguments.of("long path", archive(file -> { }, "x".repeat(70_000))),
                Arguments.of("archived NSMutableData (EncryptionKey)", withData("NSMutableData", "Key", data -> { })),
                Arguments.of("archived NSData by reference", withData("NSData", "Key",
                        data -> data.put("NS.data", uid(2)))),
                Arguments.of("archived NSData without NS.data", withData("NSData", "Key",
                        data -> data.remove("NS.data"))),
                Arguments.of("archived NSData in a number field", withData("NSData", "Size", data -> { })),
                Arguments.of("reference to a number", referenceToNumber(12)),
                Arguments.of("reference to a real", referenceToNumber(12.9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapesReadDirectly")
    void readsWhatKeyedArchiveDecodes(String shape, byte[] archive) throws Exception {
        Long[] values = READER.read(archive);

        assertThat(values).as(shape).isNotNull().containsExactly(viaKeyedArchive(archive));
    }

    static Stream<Arguments> shapesLeftToTheGeneralPath() throws Exception {
        return Stream.of(
                Arguments.of("a non-ASCII key (UTF-16)", mbFile(file -> file.put("Größe", 5))),
                Arguments.of("another class", archive(file -> { }, "p", "NSObjectSubclass")),
                Arguments.of("a field holding an object", mbFile(file -> file.put("Extra", new NSDictionary()))),
                Arguments.of("a field holding an array", mbFile(file -> file.put("Extra", new NSArray(0)))),
                Arguments.of("a reference out of the table", mbFile(file -> file.put("Size", uid(99)))),
                Arguments.of("a reference to the root itself", mbFile(file -> file.put("Size", uid(1)))),
                Arguments.of("a reference to the class", mbFile(file -> file.put("Size", uid(3)))),
                Arguments.of("no $class", mbFile(file -> file.remove("$class"))),
                Arguments.of("a $class that is no reference", mbFile(file -> file.put("$class", 3))),
                Arguments.of("archived data referring to itself", withData("NSData", "Key",
                        data -> data.put("NS.data", uid(4)))),
                Arguments.of("archived data referring to the root", withData("NSData", "Key",
                        data -> data.put("NS.data", uid(1)))),
                Arguments.of("archived data holding an object", withData("NSData", "Key",
                        data -> data.put("NS.data", new NSDictionary()))),
                Arguments.of("an archived object of another class", withData("NSUUID", "Key", data -> { })),
                Arguments.of("a root that is $null", withTop(top -> top.put("root", uid(0)))),
                Arguments.of("no root", withTop(top -> top.remove("root"))),
                Arguments.of("an XML archive", xml(mbFile(file -> { }))),
                Arguments.of("not a plist", "not a plist at all, but long enough".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("empty", new byte[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapesLeftToTheGeneralPath")
    void leavesOtherShapesToTheGeneralPath(String shape, byte[] archive) {
        assertThat(READER.read(archive)).as(shape).isNull();
    }

    @Test
    void readsAnswerNullForNull() {
        assertThat(READER.read(null)).isNull();
    }

    static Stream<Arguments> archives() {
        return Stream.of(Arguments.of("plain", mbFile(file -> { })),
                Arguments.of("encrypted backup", withData("NSMutableData", "EncryptionKey", data -> { })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    void everyTruncationIsReadExactlyOrLeftToTheGeneralPath(String shape, byte[] archive) throws Exception {
        for (int length = 0; length < archive.length; length++) {
            assertAgrees(Arrays.copyOf(archive, length));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    void everyChangedByteIsReadExactlyOrLeftToTheGeneralPath(String shape, byte[] archive) throws Exception {
        int read = 0;
        for (int at = 0; at < archive.length; at++) {
            for (int value : new int[] {0x00, 0x01, 0x0f, 0x10, 0x13, 0x23, 0x5f, 0x6f, 0x7f, 0x80, 0xd1, 0xff,
                (archive[at] + 1) & 0xff, (archive[at] - 1) & 0xff}) {
                byte[] changed = archive.clone();
                changed[at] = (byte) value;
                read += assertAgrees(changed) ? 1 : 0;
            }
        }
        assertThat(read).as("changed archives still read directly").isGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    void seededRandomDamageIsReadExactlyOrLeftToTheGeneralPath(String shape, byte[] archive) throws Exception {
        Random random = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            byte[] damaged = archive.clone();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            assertAgrees(random.nextInt(8) == 0 ? Arrays.copyOf(damaged, random.nextInt(damaged.length)) : damaged);
        }
    }

    /** True when the reader answered; its answer must then be the general path's, and it never throws. */
    private static boolean assertAgrees(byte[] archive) throws Exception {
        Long[][] values = new Long[1][];
        assertThatCode(() -> values[0] = READER.read(archive)).doesNotThrowAnyException();
        if (values[0] == null) {
            return false;
        }
        assertThat(values[0]).as(Arrays.toString(archive)).containsExactly(viaKeyedArchive(archive));
        return true;
    }

    private static Long[] viaKeyedArchive(byte[] archive) throws PlistException {
        Map<?, ?> decoded = (Map<?, ?>) KeyedArchive.decode(archive);
        Long[] values = new Long[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            values[i] = decoded.get(FIELDS[i]) instanceof Number number ? number.longValue() : null;
        }
        return values;
    }

    private static byte[] mbFile(Consumer<NSDictionary> change) {
        return archive(change, "Library/SMS/sms.db");
    }

    private static byte[] archive(Consumer<NSDictionary> change, String path) {
        return archive(change, path, "MBFile");
    }

    /** An archived MBFile as iOS writes it: $null, the instance, its path, its class. */
    private static byte[] archive(Consumer<NSDictionary> change, String path, String className) {
        try {
            KeyedArchiveTest.Archive archive = new KeyedArchiveTest.Archive();
            NSDictionary file = new NSDictionary();
            archive.add(file);
            archive.add(new NSString(path));
            archive.add(classInfo(className, className, "NSObject"));
            file.put("$class", uid(3));
            file.put("RelativePath", uid(2));
            file.put("LastModified", 1625133600L);
            file.put("LastStatusChange", 1625220000L);
            file.put("Birth", 1625047200L);
            file.put("Size", 3);
            file.put("Mode", 0100644);
            file.put("UserID", 501);
            file.put("GroupID", 501);
            file.put("Flags", 0);
            change.accept(file);
            return archive.bytes(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] referenceToNumber(Object number) {
        try {
            KeyedArchiveTest.Archive archive = new KeyedArchiveTest.Archive();
            NSDictionary file = new NSDictionary();
            archive.add(file);
            archive.add(new NSString("p"));
            archive.add(classInfo("MBFile", "MBFile", "NSObject"));
            archive.add(NSObject.fromJavaObject(number));
            file.put("$class", uid(3));
            file.put("Size", uid(4));
            return archive.bytes(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An MBFile whose field {@code key} refers to archived data, as an encrypted backup's EncryptionKey. */
    private static byte[] withData(String className, String key, Consumer<NSDictionary> change) {
        try {
            KeyedArchiveTest.Archive archive = new KeyedArchiveTest.Archive();
            NSDictionary file = new NSDictionary();
            archive.add(file);
            archive.add(new NSString("Library/SMS/sms.db"));
            archive.add(classInfo("MBFile", "MBFile", "NSObject"));
            NSDictionary data = new NSDictionary();
            archive.add(data);
            archive.add(classInfo(className, className, "NSData", "NSObject"));
            file.put("$class", uid(3));
            file.put("RelativePath", uid(2));
            file.put("Size", 3);
            file.put("Mode", 0100644);
            file.put("LastModified", 1625133600L);
            file.put(key, uid(4));
            data.put("$class", uid(5));
            data.put("NS.data", new NSData(new byte[44]));
            change.accept(data);
            return archive.bytes(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] withTop(Consumer<NSDictionary> change) throws Exception {
        NSDictionary archive = (NSDictionary) Plists.parse(mbFile(file -> { }));
        change.accept((NSDictionary) archive.get("$top"));
        return BinaryPropertyListWriter.writeToArray(archive);
    }

    private static byte[] xml(byte[] binary) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLPropertyListWriter.write(Plists.parse(binary), out);
        return out.toByteArray();
    }
}
