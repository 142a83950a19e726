package org.spyglass.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkProgressTest {
    @Test
    void percentFollowsTheBytesWhenTheirTotalIsKnownElseTheFiles() {
        assertThat(new WorkProgress("hashing", 1, 4, 750, 1000).percent()).isEqualTo(75);
        assertThat(new WorkProgress("decrypting", 1, 4, 750, 0).percent()).isEqualTo(25);
        assertThat(new WorkProgress("decrypting", 1, 0, 0, 0).percent()).isEqualTo(-1);
    }

    @Test
    void percentStaysAtAHundredWhenAFileGrewWhileRead() {
        assertThat(new WorkProgress("hashing", 2, 2, 1500, 1000).percent()).isEqualTo(100);
    }

    @Test
    void isFinishedOnlyOnceEveryKnownFileIsHandledOrWhenThereIsNothingToDo() {
        assertThat(new WorkProgress("hashing", 3, 3, 0, 0).finished()).isTrue();
        assertThat(new WorkProgress("hashing", 0, 0, 0, 0).finished()).isTrue();
        assertThat(new WorkProgress("hashing", 2, 3, 0, 0).finished()).isFalse();
        assertThat(new WorkProgress("hashing", 5, 0, 0, 0).finished()).isFalse();
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> new WorkProgress("hashing", -1, 3, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative progress");
    }
}
