package org.spyglass.core.plist;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.testing.CollectingParseContext;
import org.spyglass.core.testing.TestFolderSource;

class PlistParserTest {
    @TempDir
    Path evidence;

    record Entry(String key, String value) {
    }

    /** Emits every string value of the root dictionary. */
    static final class EntriesParser extends PlistParser<Entry> {
        EntriesParser() {
            super("entries.plist");
        }

        @Override
        protected void read(NSDictionary root, EvidenceFile file, ParseContext<Entry> context) {
            for (String key : root.allKeys()) {
                NSObject value = root.objectForKey(key);
                if (value instanceof NSString text) {
                    context.emit(new Entry(key, text.getContent()));
                } else {
                    context.warn(file.devicePath() + ": " + key, "not a string");
                }
            }
        }
    }

    private CollectingParseContext<Entry> parse(String... devicePaths) throws Exception {
        try (TestFolderSource source = new TestFolderSource(evidence)) {
            List<EvidenceFile> files = Arrays.stream(devicePaths).map(p -> new EvidenceFile(p, null, null, null))
                    .toList();
            CollectingParseContext<Entry> context = new CollectingParseContext<>("entries", source, files);
            new EntriesParser().parse(context);
            return context;
        }
    }

    @Test
    void readsBinaryAndXmlPlists() throws Exception {
        NSDictionary one = new NSDictionary();
        one.put("a", "1");
        Files.write(evidence.resolve("one.plist"), BinaryPropertyListWriter.writeToArray(one));
        NSDictionary two = new NSDictionary();
        two.put("b", "2");
        Files.writeString(evidence.resolve("two.plist"), two.toXMLPropertyList(), StandardCharsets.UTF_8);

        CollectingParseContext<Entry> context = parse("/one.plist", "/two.plist");

        assertThat(context.records()).containsExactly(new Entry("a", "1"), new Entry("b", "2"));
        assertThat(context.warnings()).isEmpty();
    }

    @Test
    void warnsAboutGarbageAMissingFileAndANonDictionaryRootAndGoesOn() throws Exception {
        Files.writeString(evidence.resolve("garbage.plist"), "{{{ not a plist");
        Files.writeString(evidence.resolve("array.plist"), new NSArray(new NSString("x")).toXMLPropertyList());
        NSDictionary good = new NSDictionary();
        good.put("c", "3");
        Files.writeString(evidence.resolve("good.plist"), good.toXMLPropertyList());

        CollectingParseContext<Entry> context = parse("/garbage.plist", "/missing.plist", "/array.plist",
                "/good.plist");

        assertThat(context.records()).containsExactly(new Entry("c", "3"));
        assertThat(context.warnings()).extracting(w -> w.location())
                .containsExactly("/garbage.plist", "/missing.plist", "/array.plist");
        assertThat(context.warnings().get(2).message()).contains("should hold a dictionary");
    }
}
