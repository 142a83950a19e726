package org.spyglass.core.ioc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.ioc.Provenance;

class CompactProvenanceTest {
    @ParameterizedTest
    @ValueSource(strings = {"indicator--6d86c42f-0000-4000-8000-0000000f424f", "indicator--ffffffff-ffff-ffff-ffff-ffffffffffff",
        "indicator--00000000-0000-0000-0000-000000000000", "indicator--6D86C42F-0000-4000-8000-0000000F424F",
        "indicator--6d86c42f-0000-4000-8000+0000000f424f", "indicator--6d86c42f-00000-400-8000-0000000f424f",
        "indicator--6d86c42g-0000-4000-8000-0000000f424f", "indicator--6d86c42f-0000-4000-8000-0000000f424",
        "malware--6d86c42f-0000-4000-8000-0000000f424f-x", "indicator--1", "", "indicator--+d86c42f-0000-4000-8000-0000000f424f"})
    void keepsCanonicalUuidIdsAsNumbersAndGivesBackAnEqualProvenance(String id) {
        Map<Provenance, Provenance> shared = new HashMap<>();
        Provenance first = new Provenance("Feed", "a.stix2", "Report", id, "report--1");
        Provenance second = new Provenance("Feed", "a.stix2", "Other", id, "report--2");

        Object one = CompactProvenance.compact(first, shared);
        Object two = CompactProvenance.compact(second, shared, CompactProvenance.common(one));
        Object three = CompactProvenance.compact(first, shared, CompactProvenance.common(two));

        assertThat(CompactProvenance.expand(one)).isEqualTo(first);
        assertThat(CompactProvenance.expand(two)).isEqualTo(second);
        assertThat(CompactProvenance.expand(three)).isEqualTo(first);
        assertThat(CompactProvenance.common(one) != null).isEqualTo(canonical(id));
        if (canonical(id)) {
            assertThat(CompactProvenance.common(three)).isSameAs(CompactProvenance.common(one));
        }
    }

    private static boolean canonical(String id) {
        String prefix = "indicator--";
        if (!id.startsWith(prefix) || id.length() != prefix.length() + 36) {
            return false;
        }
        try {
            String text = id.substring(prefix.length());
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
