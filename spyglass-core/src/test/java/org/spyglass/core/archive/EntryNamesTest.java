package org.spyglass.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryNamesTest {

    @ParameterizedTest
    @CsvSource({"a/b.txt,a/b.txt", "./a//b/,a/b", "./,''", "a/./b,a/b", "sysdiagnose_x/ps.txt,sysdiagnose_x/ps.txt",
        "'a b/c:d.log','a b/c:d.log'"})
    void normalisesPlainRelativeNames(String name, String expected) {
        assertThat(EntryNames.relative(name)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../a", "a/../../b", "a/..", "/etc/passwd", "//server/share", "C:/x", "c:x",
        "a\\b", "a/b\u0000c", "a/\u007f"})
    void refusesNamesThatLeaveTheFolderOrAreNotPlain(String name) {
        assertThat(EntryNames.relative(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 4097})
    void refusesOverlongNames(int length) {
        assertThat(EntryNames.relative("a".repeat(length))).isEmpty();
    }
}
