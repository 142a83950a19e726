package org.spyglass.core.plist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.UID;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class KeyedArchiveTest {

    @Test
    void decodesDictionariesArraysStringsDatesAndData() throws Exception {
        Archive archive = new Archive();
        int dictClass = archive.add(classInfo("NSMutableDictionary", "NSDictionary", "NSObject"));
        int arrayClass = archive.add(classInfo("NSArray", "NSObject"));
        int dateClass = archive.add(classInfo("NSDate", "NSObject"));
        int stringClass = archive.add(classInfo("NSMutableString", "NSString", "NSObject"));
        int dataClass = archive.add(classInfo("NSData", "NSObject"));
        int name = archive.add(new NSString("name"));
        int value = archive.add(instance(stringClass, "NS.string", new NSString("Alice")));
        int date = archive.add(instance(dateClass, "NS.time", 600_000_000.0));
        int data = archive.add(instance(dataClass, "NS.data", new byte[] {9}));
        int list = archive.add(instance(arrayClass, "NS.objects",
                new NSArray(uid(date), uid(data), uid(0))));
        int listKey = archive.add(new NSString("items"));
        NSDictionary root = new NSDictionary();
        root.put("$class", uid(dictClass));
        root.put("NS.keys", new NSArray(uid(name), uid(listKey)));
        root.put("NS.objects", new NSArray(uid(value), uid(list)));
        int rootIndex = archive.add(root);

        Object decoded = KeyedArchive.decode(archive.bytes(rootIndex));

        assertThat(decoded).asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class)).satisfies(map -> {
            assertThat(map).containsEntry("name", "Alice");
            List<?> items = (List<?>) map.get("items");
            assertThat(items.get(0)).isEqualTo(Instant.parse("2020-01-06T10:40:00Z"));
            assertThat((byte[]) items.get(1)).containsExactly(9);
            assertThat(items.get(2)).isNull();
        });
    }

    @Test
    void decodesOtherClassesAsMapsOfTheirFieldsWithTheClassName() throws Exception {
        Archive archive = new Archive();
        int mbFile = archive.add(classInfo("MBFile", "NSObject"));
        int path = archive.add(new NSString("Library/SMS/sms.db"));
        NSDictionary file = new NSDictionary();
        file.put("$class", uid(mbFile));
        file.put("Size", 4096);
        file.put("LastModified", 1_560_000_000);
        file.put("RelativePath", uid(path));
        int root = archive.add(file);

        Object decoded = KeyedArchive.decode(archive.bytes(root));

        assertThat(decoded).isEqualTo(Map.of("$class", "MBFile", "Size", 4096L, "LastModified", 1_560_000_000L,
                "RelativePath", "Library/SMS/sms.db"));
    }

    @Test
    void decodesSharedReferencesOnce() throws Exception {
        Archive archive = new Archive();
        int arrayClass = archive.add(classInfo("NSArray", "NSObject"));
        int previous = archive.add(new NSString("leaf"));
        for (int level = 0; level < 60; level++) {
            previous = archive.add(instance(arrayClass, "NS.objects", new NSArray(uid(previous), uid(previous))));
        }
        Object decoded = KeyedArchive.decode(archive.bytes(previous));
        assertThat(decoded).isInstanceOf(List.class);
    }

    @Test
    void refusesCycles() throws Exception {
        Archive archive = new Archive();
        int arrayClass = archive.add(classInfo("NSArray", "NSObject"));
        int self = archive.objects.size();
        archive.add(instance(arrayClass, "NS.objects", new NSArray(uid(self))));
        assertThatThrownBy(() -> KeyedArchive.decode(archive.bytes(self)))
                .isInstanceOf(PlistException.class).hasMessageContaining("cycle");
    }

    @Test
    void refusesReferencesOutsideTheObjectTable() throws Exception {
        Archive archive = new Archive();
        int arrayClass = archive.add(classInfo("NSArray", "NSObject"));
        int root = archive.add(instance(arrayClass, "NS.objects", new NSArray(uid(99))));
        assertThatThrownBy(() -> KeyedArchive.decode(archive.bytes(root)))
                .isInstanceOf(PlistException.class).hasMessageContaining("refers to object 99");
    }

    @Test
    void refusesNestingDeeperThanTheCap() throws Exception {
        Archive archive = new Archive();
        int arrayClass = archive.add(classInfo("NSArray", "NSObject"));
        int previous = archive.add(new NSString("leaf"));
        for (int level = 0; level < Plists.MAX_DEPTH + 10; level++) {
            previous = archive.add(instance(arrayClass, "NS.objects", new NSArray(uid(previous))));
        }
        int root = previous;
        assertThatThrownBy(() -> KeyedArchive.decode(archive.bytes(root)))
                .isInstanceOf(PlistException.class).hasMessageContaining("deeper than");
    }

    @Test
    void refusesPlistsThatAreNoArchive() throws Exception {
        byte[] plain = BinaryPropertyListWriter.writeToArray(new NSDictionary());
        assertThatThrownBy(() -> KeyedArchive.decode(plain))
                .isInstanceOf(PlistException.class).hasMessageContaining("not an NSKeyedArchiver archive");
    }

    @Test
    void readsUidsAsUnsignedBigEndian() throws Exception {
        assertThat(Plists.uidValue(new UID("x", new byte[] {(byte) 0x80, 0x01}))).isEqualTo(0x8001L);
        assertThat(Plists.uidValue(new UID("x", new byte[] {(byte) 0xff}))).isEqualTo(255L);
    }

    static UID uid(int index) {
        return new UID(Integer.toString(index), BigInteger.valueOf(index));
    }

    static NSDictionary classInfo(String name, String... classes) {
        NSDictionary info = new NSDictionary();
        info.put("$classname", name);
        List<Object> all = new ArrayList<>();
        all.add(name);
        all.addAll(Arrays.asList(classes).subList(1 <= classes.length && classes[0].equals(name) ? 1 : 0,
                classes.length));
        info.put("$classes", all.toArray());
        return info;
    }

    static NSDictionary instance(int classIndex, String key, Object value) {
        NSDictionary object = new NSDictionary();
        object.put("$class", uid(classIndex));
        object.put(key, value);
        return object;
    }

    /** Collects the $objects table; index 0 is $null, as NSKeyedArchiver writes it. */
    static final class Archive {
        final List<NSObject> objects = new ArrayList<>(List.of(new NSString("$null")));

        int add(NSObject object) {
            objects.add(object);
            return objects.size() - 1;
        }

        byte[] bytes(int root) throws Exception {
            NSDictionary top = new NSDictionary();
            top.put("root", uid(root));
            NSDictionary archive = new NSDictionary();
            archive.put("$version", 100000);
            archive.put("$archiver", "NSKeyedArchiver");
            archive.put("$top", top);
            archive.put("$objects", new NSArray(objects.toArray(new NSObject[0])));
            return BinaryPropertyListWriter.writeToArray(archive);
        }
    }
}
