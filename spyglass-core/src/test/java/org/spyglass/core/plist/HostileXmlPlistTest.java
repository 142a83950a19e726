package org.spyglass.core.plist;

import static org.assertj.core.api.Assertions.assertThat;

import com.dd.plist.NSObject;
import com.dd.plist.PropertyListParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * XML property lists shaped to read a local file (external entities, an external DTD, parameter entities) or to
 * expand without end (billion laughs), in the encodings an XML parser detects: the secret file's content never
 * comes out, and every parse ends (the timeout only guards the build against a hang). The one XML entry point is
 * {@link Plists#parse}; dd-plist's own parser is checked too, as the second line of defence behind its entity check.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileXmlPlistTest {
    private static final String SECRET = "TOP-SECRET-6b1f0c";

    @TempDir
    static Path dir;

    static Stream<Arguments> payloads() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
        String uri = secret.toUri().toString();
        StringBuilder laughs = new StringBuilder("<!ENTITY l0 \"lollollollollollollollollollol\">");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        List<String[]> documents = List.of(
                new String[] {"external general entity", "<!DOCTYPE plist [<!ENTITY x SYSTEM \"" + uri + "\">]>",
                    "<string>&x;</string>"},
                new String[] {"external DTD", "<!DOCTYPE plist SYSTEM \"" + uri + "\">", "<string>a</string>"},
                new String[] {"external DTD behind Apple's public id",
                    "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"" + uri + "\">", "<string>a</string>"},
                new String[] {"parameter entity", "<!DOCTYPE plist [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]>",
                    "<string>a</string>"},
                new String[] {"entity in an attribute-free dict key",
                    "<!DOCTYPE plist [<!ENTITY x SYSTEM \"" + uri + "\">]>",
                    "<dict><key>&x;</key><string>v</string></dict>"},
                new String[] {"billion laughs", "<!DOCTYPE plist [" + laughs + "]>", "<string>&l10;</string>"});
        Stream.Builder<Arguments> all = Stream.builder();
        for (String[] document : documents) {
            for (String charset : List.of("UTF-8", "UTF-16BE", "UTF-16LE", "UTF-16", "IBM037")) {
                String xml = "<?xml version=\"1.0\" encoding=\"" + charset + "\"?>\n" + document[1]
                        + "\n<plist version=\"1.0\">" + document[2] + "</plist>\n";
                all.add(Arguments.of(document[0] + " in " + charset, xml.getBytes(Charset.forName(charset))));
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void neverReadsTheFileNorExpandsWithoutEnd(String name, byte[] document) {
        String parsed;
        try {
            parsed = render(Plists.parse(document));
        } catch (PlistException e) {
            parsed = e.getMessage();
        }
        assertThat(parsed).doesNotContain(SECRET).doesNotContain("lollollol");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void ddPlistAloneNeitherReadsTheFileNorExpandsEntities(String name, byte[] document) {
        String parsed;
        try {
            parsed = render(PropertyListParser.parse(document));
        } catch (Exception e) {
            parsed = String.valueOf(e.getMessage());
        }
        assertThat(parsed).doesNotContain(SECRET).doesNotContain("lollollol");
    }

    private static String render(NSObject root) {
        return root == null ? "" : root.toXMLPropertyList();
    }
}
