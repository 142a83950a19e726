package org.spyglass.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.spyglass.core.module.ProcessSighting;

class RecentSightingsTest {
    private static ProcessSighting seen(String name, long second, String kind) {
        return new ProcessSighting(name, null, Instant.ofEpochSecond(second), kind, "/db");
    }

    @Test
    void aSightingRepeatedOnTheNextRecordsIsNewOnlyOnce() {
        RecentSightings recent = new RecentSightings();

        assertThat(recent.isNew(seen("bh", 1, ProcessSighting.FIRST_SEEN))).isTrue();
        assertThat(recent.isNew(seen("bh", 9, ProcessSighting.LAST_SEEN))).isTrue();
        assertThat(recent.isNew(seen("bh", 1, ProcessSighting.FIRST_SEEN))).isFalse();
        assertThat(recent.isNew(seen("bh", 9, ProcessSighting.LAST_SEEN))).isFalse();
    }

    @Test
    void sightingsThatDifferInAnyFieldAreNew() {
        RecentSightings recent = new RecentSightings();
        recent.isNew(seen("bh", 1, ProcessSighting.FIRST_SEEN));

        assertThat(recent.isNew(seen("bh", 2, ProcessSighting.FIRST_SEEN))).isTrue();
        assertThat(recent.isNew(seen("bh", 1, ProcessSighting.LAST_SEEN))).isTrue();
        assertThat(recent.isNew(seen("bhx", 1, ProcessSighting.FIRST_SEEN))).isTrue();
        assertThat(recent.isNew(new ProcessSighting("bh", null, Instant.ofEpochSecond(1), ProcessSighting.FIRST_SEEN,
                "/other"))).isTrue();
        assertThat(recent.isNew(ProcessSighting.untimed("bh", null, "/db"))).isTrue();
        assertThat(recent.isNew(ProcessSighting.untimed("bh", null, "/db"))).isFalse();
    }

    @Test
    void onlyTheLastFewAreRemembered() {
        RecentSightings recent = new RecentSightings();
        ProcessSighting first = seen("p0", 0, ProcessSighting.FIRST_SEEN);
        recent.isNew(first);
        for (int i = 1; i <= RecentSightings.SIZE; i++) {
            assertThat(recent.isNew(seen("p" + i, i, ProcessSighting.FIRST_SEEN))).isTrue();
        }

        // Forgotten, so handed on again: the spool keeps it once anyway.
        assertThat(recent.isNew(first)).isTrue();
    }
}
