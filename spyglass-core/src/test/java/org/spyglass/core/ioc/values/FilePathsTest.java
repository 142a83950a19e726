package org.spyglass.core.ioc.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilePathsTest {

    @ParameterizedTest
    @CsvSource({"/private/var/tmp/x, /private/var/tmp/x", "/var/tmp/x, /private/var/tmp/x", "/tmp, /private/tmp",
        "private/var/db//x/, /private/var/db/x", "/data/local/tmp/wd, /data/local/tmp/wd", "/variable, /variable"})
    void normalisesSlashesAndIosLinks(String path, String normalised) {
        assertThat(FilePaths.normalise(path)).isEqualTo(normalised);
    }

    @Test
    void findsLastComponent() {
        assertThat(FilePaths.lastComponent("/usr/libexec/bh")).isEqualTo("bh");
        assertThat(FilePaths.lastComponent("bh")).isEqualTo("bh");
        assertThat(FilePaths.lastComponent("/a/b/")).isEqualTo("b");
        assertThat(FilePaths.lastComponent("/")).isNull();
        assertThat(FilePaths.lastComponent("")).isNull();
        assertThat(FilePaths.lastComponent(null)).isNull();
    }
}
