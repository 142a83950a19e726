package org.spyglass.core;

/**
 * How serious an alert is. The names and numeric values are MVT's, so results can be compared with it.
 */
public enum Level {
    INFORMATIONAL(0),
    LOW(10),
    MEDIUM(20),
    HIGH(30),
    CRITICAL(40);

    private final int value;

    Level(int value) {
        this.value = value;
    }

    /** MVT's numeric value of the level (0, 10, 20, 30, 40). */
    public int value() {
        return value;
    }

    /** True when this level is HIGH or above: such alerts change the verdict and the exit code. */
    public boolean isSevere() {
        return value >= HIGH.value;
    }
}
