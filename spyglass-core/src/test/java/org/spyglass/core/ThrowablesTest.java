package org.spyglass.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ThrowablesTest {
    @Test
    void throwsUncheckedCausesAsTheyWereAndReturnsCheckedOnes() {
        IllegalArgumentException runtime = new IllegalArgumentException("bad");
        OutOfMemoryError error = new OutOfMemoryError("full");
        IOException checked = new IOException("disk");

        assertThatThrownBy(() -> Throwables.throwIfUnchecked(runtime)).isSameAs(runtime);
        assertThatThrownBy(() -> Throwables.throwIfUnchecked(error)).isSameAs(error);
        assertThat(Throwables.throwIfUnchecked(checked)).isSameAs(checked);
    }
}
