package org.spyglass.android.dumpsys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.android.testing.BugreportBuilder;

class DumpsysSectionsTest {

    private static List<String> read(String text, Set<String> wanted) throws IOException {
        List<String> seen = new ArrayList<>();
        DumpsysSections.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), wanted,
                new DumpsysSections.Visitor() {
                    @Override
                    public void line(String name, String line, long number) {
                        seen.add(name + "|" + line);
                    }

                    @Override
                    public void end(String name, boolean complete, long number) {
                        seen.add(name + (complete ? " ended" : " cut"));
                    }
                }, () -> false);
        return seen;
    }

    @Test
    void yieldsOnlyTheWantedSectionsUpToTheirSeparator() throws IOException {
        String text = BugreportBuilder.create().service("wifi", "ssid x").service("appops", "  Uid 0:\n    op")
                .dumpstate();

        assertThat(read(text, Set.of("appops"))).containsExactly("appops|  Uid 0:", "appops|    op",
                "appops ended");
    }

    @Test
    void readsTheGetpropBlockUpToItsDurationLine() throws IOException {
        String text = BugreportBuilder.create().property("sys.brand.note", "1").dumpstate();

        assertThat(read(text, Set.of(DumpsysSections.GETPROP))).contains("getprop|[sys.brand.note]: [1]")
                .last().isEqualTo("getprop ended");
    }

    @Test
    void endsASectionCutByTheEndOfTheFileOrByAnotherAsIncomplete() throws IOException {
        String text = BugreportBuilder.create().raw("DUMP OF SERVICE a:\nline a\nDUMP OF SERVICE b:\nline b\n")
                .dumpstate();

        assertThat(read(text, Set.of("a", "b"))).containsExactly("a|line a", "a cut", "b|line b", "b cut");
    }

    @ParameterizedTest
    @CsvSource({"DUMP OF SERVICE accessibility:,accessibility", "DUMP OF SERVICE CRITICAL cpuinfo:,cpuinfo",
        "DUMP OF SERVICE package:,package", "------ SYSTEM PROPERTIES (getprop) ------,getprop"})
    void namesTheSectionALineStarts(String line, String name) {
        assertThat(DumpsysSections.start(line)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"DUMP OF SERVICE :", "DUMP OF SERVICE accessibility", "'  DUMP OF SERVICE x:'", "------ UPTIME ------"})
    void startsNoSectionOnOtherLines(String line) {
        assertThat(DumpsysSections.start(line)).isNull();
    }
}
