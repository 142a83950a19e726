package org.spyglass.ios.backupinfo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The public iOS releases Spyglass knows, from iOS 12.0 to {@link #KNOWN_UNTIL}: every major and minor release
 * and the security updates of each line (including the last release of every major line that had been released by
 * then), with build numbers and public release dates as published by Apple and recorded by MVT's
 * {@code ios_versions.json} and AppleDB. It is not every release: a version missing from the table is still compared
 * by number. Releases after {@link #KNOWN_UNTIL} are unknown, so a newer device version is never called outdated.
 * Immutable.
 */
public final class IosReleases {
    /** The day of the newest release in the table: what Spyglass knows about iOS releases ends here. */
    public static final LocalDate KNOWN_UNTIL = LocalDate.of(2025, 12, 12);

    private static final String TABLE = """
            12.0 16A366 2018-09-17
            12.0.1 16A404 2018-10-08
            12.1 16B92 2018-10-30
            12.1.1 16C50 2018-12-05
            12.1.3 16D39 2019-01-22
            12.1.4 16D57 2019-02-07
            12.2 16E227 2019-03-25
            12.3 16F156 2019-05-13
            12.3.1 16F203 2019-05-24
            12.4 16G77 2019-07-22
            12.4.1 16G102 2019-08-26
            12.4.8 16G201 2020-07-15
            12.5 16H20 2020-12-14
            12.5.1 16H22 2021-01-11
            12.5.4 16H50 2021-06-14
            12.5.5 16H62 2021-09-23
            12.5.6 16H71 2022-08-31
            12.5.7 16H81 2023-01-23
            13.0 17A577 2019-09-19
            13.1 17A844 2019-09-24
            13.1.2 17A861 2019-09-30
            13.2 17B84 2019-10-28
            13.2.3 17B111 2019-11-18
            13.3 17C54 2019-12-10
            13.3.1 17D50 2020-01-28
            13.4 17E255 2020-03-24
            13.4.1 17E262 2020-04-07
            13.5 17F75 2020-05-20
            13.5.1 17F80 2020-06-01
            13.6 17G68 2020-07-15
            13.6.1 17G80 2020-08-12
            13.7 17H35 2020-09-01
            14.0 18A373 2020-09-16
            14.0.1 18A393 2020-09-24
            14.1 18A8395 2020-10-20
            14.2 18B92 2020-11-05
            14.2.1 18B121 2020-11-19
            14.3 18C66 2020-12-14
            14.4 18D52 2021-01-26
            14.4.1 18D61 2021-03-08
            14.4.2 18D70 2021-03-26
            14.5 18E199 2021-04-26
            14.5.1 18E212 2021-05-03
            14.6 18F72 2021-05-24
            14.7 18G69 2021-07-19
            14.7.1 18G82 2021-07-26
            14.8 18H17 2021-09-13
            14.8.1 18H107 2021-10-26
            15.0 19A346 2021-09-20
            15.0.1 19A348 2021-10-01
            15.0.2 19A404 2021-10-11
            15.1 19B74 2021-10-25
            15.1.1 19B81 2021-11-17
            15.2 19C56 2021-12-13
            15.2.1 19C63 2022-01-12
            15.3 19D50 2022-01-26
            15.3.1 19D52 2022-02-10
            15.4 19E241 2022-03-14
            15.4.1 19E258 2022-03-31
            15.5 19F77 2022-05-16
            15.6 19G71 2022-07-20
            15.6.1 19G82 2022-08-17
            15.7 19H12 2022-09-12
            15.7.1 19H117 2022-10-27
            15.7.2 19H218 2022-12-13
            15.7.3 19H307 2023-01-23
            15.7.4 19H321 2023-03-27
            15.7.5 19H332 2023-04-10
            15.7.6 19H349 2023-05-18
            15.7.7 19H357 2023-06-21
            15.7.8 19H364 2023-07-24
            15.7.9 19H365 2023-09-11
            15.8 19H370 2023-10-25
            15.8.1 19H380 2024-01-22
            15.8.2 19H384 2024-03-05
            15.8.3 19H386 2024-07-29
            15.8.4 19H390 2025-03-31
            16.0 20A362 2022-09-12
            16.0.2 20A380 2022-09-22
            16.0.3 20A392 2022-10-10
            16.1 20B82 2022-10-24
            16.1.1 20B101 2022-11-09
            16.1.2 20B110 2022-11-30
            16.2 20C65 2022-12-13
            16.3 20D47 2023-01-23
            16.3.1 20D67 2023-02-13
            16.4 20E247 2023-03-27
            16.4.1 20E252 2023-04-07
            16.5 20F66 2023-05-18
            16.5.1 20F75 2023-06-21
            16.6 20G75 2023-07-24
            16.6.1 20G81 2023-09-07
            16.7 20H19 2023-09-21
            16.7.1 20H30 2023-10-10
            16.7.2 20H115 2023-10-25
            16.7.3 20H232 2023-12-11
            16.7.4 20H240 2023-12-19
            16.7.5 20H307 2024-01-22
            16.7.6 20H320 2024-03-05
            16.7.7 20H330 2024-03-21
            16.7.8 20H343 2024-05-13
            16.7.11 20H360 2025-03-31
            17.0 21A329 2023-09-18
            17.0.1 21A340 2023-09-21
            17.0.3 21A360 2023-10-04
            17.1 21B80 2023-10-25
            17.1.1 21B91 2023-11-07
            17.1.2 21B101 2023-11-30
            17.2 21C62 2023-12-11
            17.2.1 21C66 2023-12-19
            17.3 21D50 2024-01-22
            17.3.1 21D61 2024-02-08
            17.4 21E219 2024-03-05
            17.4.1 21E237 2024-03-21
            17.5 21F79 2024-05-13
            17.5.1 21F90 2024-05-20
            17.6 21G80 2024-07-29
            17.6.1 21G93 2024-08-07
            17.7 21H16 2024-09-16
            17.7.1 21H216 2024-10-28
            17.7.2 21H221 2024-11-19
            18.0 22A3354 2024-09-16
            18.0.1 22A3370 2024-10-03
            18.1 22B83 2024-10-28
            18.1.1 22B91 2024-11-19
            18.2 22C152 2024-12-11
            18.2.1 22C161 2025-01-06
            18.3 22D63 2025-01-27
            18.3.1 22D72 2025-02-10
            18.4 22E240 2025-03-31
            18.4.1 22E252 2025-04-16
            18.5 22F76 2025-05-12
            18.6 22G86 2025-07-29
            18.6.1 22G90 2025-08-14
            18.6.2 22G100 2025-08-20
            18.7 22H20 2025-09-15
            18.7.2 22H124 2025-11-05
            26.0 23A341 2025-09-15
            26.0.1 23A355 2025-09-29
            26.1 23B85 2025-11-03
            26.2 23C55 2025-12-12
            """;

    private static final IosReleases KNOWN = new IosReleases(parse(TABLE));

    private final List<IosRelease> releases;

    IosReleases(List<IosRelease> releases) {
        this.releases = List.copyOf(releases);
    }

    /** The built-in table. */
    public static IosReleases known() {
        return KNOWN;
    }

    public List<IosRelease> all() {
        return releases;
    }

    /** The release of exactly this version, when the table has it. */
    public Optional<IosRelease> release(IosVersion version) {
        return releases.stream().filter(r -> r.version().equals(version)).findFirst();
    }

    /** The highest version released on or before {@code day} (not the latest by date: 12.5.7 came after 16.2). */
    public Optional<IosRelease> newestAt(LocalDate day) {
        return releases.stream().filter(r -> !r.released().isAfter(day))
                .max(Comparator.comparing(IosRelease::version));
    }

    /**
     * Whether {@code device} was outdated on {@code day}: a higher version, of a major line no later than
     * {@code lastMajor} (the last one the phone model can run; {@link Integer#MAX_VALUE} when unknown or still
     * supported), had been released by then. Empty when it was current, or newer than every release the table
     * knows. The first missed release is the earliest
     * release of a higher version published on or after the device's own version (estimated as the release date
     * of the highest known version not above it), and by {@code day}.
     */
    public Optional<Outdated> outdated(IosVersion device, LocalDate day, int lastMajor) {
        Objects.requireNonNull(device, "device");
        Optional<IosRelease> newest = releases.stream()
                .filter(r -> r.version().major() <= lastMajor && !r.released().isAfter(day))
                .max(Comparator.comparing(IosRelease::version))
                .filter(r -> r.version().compareTo(device) > 0);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        LocalDate since = releases.stream().filter(r -> r.version().compareTo(device) <= 0)
                .max(Comparator.comparing(IosRelease::version)).map(IosRelease::released).orElse(LocalDate.MIN);
        IosRelease firstMissed = releases.stream()
                .filter(r -> r.version().compareTo(device) > 0 && r.version().major() <= lastMajor)
                .filter(r -> !r.released().isBefore(since) && !r.released().isAfter(day))
                .min(Comparator.comparing(IosRelease::released).thenComparing(IosRelease::version))
                .orElse(newest.get());
        return Optional.of(new Outdated(newest.get(), firstMissed));
    }

    /**
     * A device version behind the releases of its day.
     *
     * @param newest      the highest version released by then
     * @param firstMissed the first higher release the device could have taken
     */
    public record Outdated(IosRelease newest, IosRelease firstMissed) {
    }

    private static List<IosRelease> parse(String table) {
        return table.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
            String[] fields = line.split(" ");
            IosVersion version = IosVersion.parse(fields[0])
                    .orElseThrow(() -> new IllegalStateException("bad version in the release table: " + line));
            return new IosRelease(version, fields[1], LocalDate.parse(fields[2]));
        }).toList();
    }
}
