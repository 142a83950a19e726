package org.spyglass.ios.sysdiagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SysdiagnoseNameTest {

    @Test
    void readsTimeOffsetAndBuildFromTheArchiveName() {
        SysdiagnoseName name = SysdiagnoseName.parse("sysdiagnose_2023.05.24_13-29-15-0700_iPhone-OS_iPhone_20F66"
                + ".tar.gz").orElseThrow();

        assertThat(name).isEqualTo(new SysdiagnoseName(OffsetDateTime.parse("2023-05-24T13:29:15-07:00"),
                "iPhone OS", "iPhone", "20F66"));
        assertThat(name.facts()).isEqualTo(Map.of("sysdiagnose_date", "2023-05-24T13:29:15-07:00",
                "time_zone", "UTC-07:00", "platform", "iPhone OS", "device_class", "iPhone", "build_version", "20F66"));
    }

    @ParameterizedTest
    @CsvSource({"sysdiagnose_2024.03.02_11-15-30+0100,UTC+01:00", "sysdiagnose_2024.03.02_11-15-30+0000,UTC",
        "sysdiagnose_2024.12.31_23-59-59+0530_iPad-OS_iPad_22A3354,UTC+05:30"})
    void readsTheOffsetWithOrWithoutTheDeviceParts(String fileName, String zone) {
        assertThat(SysdiagnoseName.parse(fileName).orElseThrow().facts()).containsEntry("time_zone", zone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sysdiagnose.tar.gz", "sysdiagnose_2024.13.02_11-15-30+0100", "my-phone.tar.gz",
        "sysdiagnose_2024.03.02_11-15-30", "sysdiagnose_2024.03.02_25-15-30+0100"})
    void refusesOtherNames(String fileName) {
        assertThat(SysdiagnoseName.parse(fileName)).isEmpty();
    }
}
