package org.spyglass.ios.backupinfo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One public iOS release.
 *
 * @param version  e.g. {@code 14.8}
 * @param build    Apple's build number, e.g. {@code 18H17}
 * @param released the day Apple released it to the public (US Pacific date)
 */
public record IosRelease(IosVersion version, String build, LocalDate released) {
    public IosRelease {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(released, "released");
    }
}
