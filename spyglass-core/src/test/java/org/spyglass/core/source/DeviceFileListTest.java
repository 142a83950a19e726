package org.spyglass.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceFileListTest {
    private final DeviceFileList list = new DeviceFileList("/androidqf/",
            List.of("packages.json", "logs/b.log", "logs/a.log", "getprop.txt"));

    @Test
    void findsAFileByItsDevicePathOnlyUnderThePrefix() {
        assertThat(list.file("/androidqf/logs/a.log")).hasValueSatisfying(f ->
                assertThat(f.devicePath()).isEqualTo("/androidqf/logs/a.log"));
        assertThat(list.file("/androidqf/logs/c.log")).isEmpty();
        assertThat(list.file("/logs/a.log")).isEmpty();
        assertThat(list.file("logs/a.log")).isEmpty();
    }

    @Test
    void findsByGlobAndListsEveryFileInPathOrder() {
        assertThat(list.find(DeviceGlob.compile("/androidqf/logs/*.log"))).extracting(EvidenceFile::devicePath)
                .containsExactly("/androidqf/logs/a.log", "/androidqf/logs/b.log");
        List<String> all = new ArrayList<>();
        list.forEach(file -> all.add(file.devicePath()));
        assertThat(all).containsExactly("/androidqf/getprop.txt", "/androidqf/logs/a.log", "/androidqf/logs/b.log",
                "/androidqf/packages.json");
    }
}
