package org.spyglass.android.intrusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecentDigestsTest {

    @Test
    void recognisesADigestAmongTheLastOnesAdded() {
        RecentDigests recent = new RecentDigests(3);

        assertThat(recent.add(1)).isTrue();
        assertThat(recent.add(2)).isTrue();
        assertThat(recent.add(1)).isFalse();
        assertThat(recent.add(3)).isTrue();
        assertThat(recent.add(2)).isFalse();
    }

    @Test
    void forgetsADigestOnceTheWindowHasMovedPastIt() {
        RecentDigests recent = new RecentDigests(2);
        recent.add(1);
        recent.add(2);
        recent.add(3);

        assertThat(recent.add(1)).isTrue();
        assertThat(recent.add(3)).isFalse();
        assertThat(recent.add(2)).isTrue();
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThatThrownBy(() -> new RecentDigests(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
