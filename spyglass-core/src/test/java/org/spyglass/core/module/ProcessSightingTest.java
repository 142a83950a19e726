package org.spyglass.core.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessSightingTest {
    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "/usr/libexec/bh, bh",
        "/private/var/db/com.apple.xpc.roleaccountd.staging/bh/, bh",
        "bh, bh",
        "'/', NULL",
        "'', NULL",
        "NULL, NULL"
    })
    void baseNameIsTheLastPathComponent(String path, String expected) {
        assertThat(ProcessSighting.baseName(path)).isEqualTo(expected);
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> ProcessSighting.untimed(" ", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesATimeWithoutKind() {
        assertThatThrownBy(() -> new ProcessSighting("bh", null, Instant.EPOCH, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dropsTheKindOfAMissingTime() {
        assertThat(new ProcessSighting("bh", null, null, ProcessSighting.REBOOT, null).timeKind()).isNull();
    }
}
