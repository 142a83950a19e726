package org.spyglass.core.plist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSString;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.spyglass.core.time.Times;

class PlistsTest {

    @Test
    void readsBinaryPlistsIntoPlainJavaValues() throws Exception {
        NSDictionary dictionary = new NSDictionary();
        dictionary.put("name", "Phone");
        dictionary.put("count", 3);
        dictionary.put("ratio", 0.5);
        dictionary.put("on", true);
        dictionary.put("when", new Date(1_560_000_000_000L));
        dictionary.put("data", new byte[] {1, 2});
        dictionary.put("list", new Object[] {"a", 1});
        byte[] bytes = BinaryPropertyListWriter.writeToArray(dictionary);

        Object java = Plists.toJava(Plists.parseDictionary(new ByteArrayInputStream(bytes)));

        assertThat(java).asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class)).satisfies(map -> {
            assertThat(map).containsEntry("name", "Phone").containsEntry("count", 3L).containsEntry("ratio", 0.5)
                    .containsEntry("on", true).containsEntry("when", Instant.ofEpochSecond(1_560_000_000L))
                    .containsEntry("list", List.of("a", 1L));
            assertThat((byte[]) map.get("data")).containsExactly(1, 2);
        });
    }

    @Test
    void readsXmlPlists() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0"><dict><key>IsEncrypted</key><true/></dict></plist>
                """;
        assertThat(Plists.toJava(Plists.parse(xml.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Map.of("IsEncrypted", true));
    }

    @Test
    void refusesXmlThatDeclaresEntitiesBeforeParsingIt() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE plist [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <plist version="1.0"><string>&x;</string></plist>
                """;
        assertThatThrownBy(() -> Plists.parse(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PlistException.class).hasMessageContaining("declares entities");
        assertThatThrownBy(() -> Plists.parse(xxe.getBytes(StandardCharsets.UTF_16)))
                .isInstanceOf(PlistException.class).hasMessageContaining("declares entities");
    }

    @Test
    void findsAnEntityDeclarationRightAfterAFalseStartWithoutCopyingTheInput() {
        byte[] xml = "<?xml version=\"1.0\"?><!DOCTYPE plist [<<!ENTITY x \"y\">]><plist/>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Plists.declaresEntities(xml)).isTrue();
        assertThat(Plists.declaresEntities("<!ENTIT <!ENTITz".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void refusesPlistsLargerThanTheCap() {
        byte[] big = new byte[2048];
        assertThatThrownBy(() -> Plists.parse(new ByteArrayInputStream(big), 1024))
                .isInstanceOf(PlistException.class).hasMessageContaining("larger than 1024 bytes");
    }

    @Test
    void turnsGarbageAndEmptyInputIntoPlistException() {
        assertThatThrownBy(() -> Plists.parse(new byte[0])).isInstanceOf(PlistException.class);
        assertThatThrownBy(() -> Plists.parse("bplist00garbage".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PlistException.class).hasMessageContaining("not a readable property list");
    }

    @Test
    void refusesANonDictionaryWhereADictionaryIsExpected() throws Exception {
        byte[] array = BinaryPropertyListWriter.writeToArray(new com.dd.plist.NSArray(new com.dd.plist.NSString("x")));
        assertThatThrownBy(() -> Plists.parseDictionary(new ByteArrayInputStream(array)))
                .isInstanceOf(PlistException.class).hasMessageContaining("not a dictionary");
    }

    @Test
    void readsTimesWrittenAsPlistDatesOrAppleSeconds() {
        Instant when = Instant.parse("2021-07-18T10:00:00Z");
        assertThat(Plists.appleTime(new NSDate(Date.from(when)))).isEqualTo(when);
        assertThat(Plists.appleTime(new NSNumber(when.getEpochSecond() - Times.APPLE_EPOCH_OFFSET))).isEqualTo(when);
        assertThat(Plists.appleTime(new NSNumber(0))).isNull();
        assertThat(Plists.appleTime(new NSNumber(true))).isNull();
        assertThat(Plists.appleTime(new NSString("2021"))).isNull();
        assertThat(Plists.appleTime(null)).isNull();
        assertThat(Plists.isTime(new NSNumber(1.5))).isTrue();
        assertThat(Plists.isTime(new NSString("x"))).isFalse();
    }
}
