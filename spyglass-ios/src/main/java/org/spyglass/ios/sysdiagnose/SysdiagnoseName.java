package org.spyglass.ios.sysdiagnose;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What iOS writes into a sysdiagnose's name, e.g. {@code sysdiagnose_2023.05.24_13-29-15-0700_iPhone-OS_iPhone_20F66}:
 * the local time it was taken, the device's UTC offset at that moment, and (when present) the platform, the device
 * class and the OS build. The offset is the only record of the device's time zone in the archive's name, and the
 * local times of ps.txt and other listings are read with it.
 *
 * @param taken    when the sysdiagnose was taken, with the device's offset
 * @param platform e.g. {@code iPhone OS}, or null
 * @param device   e.g. {@code iPhone}, or null
 * @param build    the OS build, e.g. {@code 20F66}, or null
 */
public record SysdiagnoseName(OffsetDateTime taken, String platform, String device, String build) {
    private static final Pattern NAME = Pattern.compile(
            "sysdiagnose_(\\d{4})\\.(\\d{2})\\.(\\d{2})_(\\d{2})-(\\d{2})-(\\d{2})([+-])(\\d{2})(\\d{2})"
                    + "(?:_([^_/]+)_([^_/]+)_([^_/.]+))?.*");

    private static final Pattern MENTION = Pattern.compile(
            "sysdiagnose_\\d{4}\\.\\d{2}\\.\\d{2}_\\d{2}-\\d{2}-\\d{2}[+-]\\d{4}[^\\s/'\"]*");

    public SysdiagnoseName {
        Objects.requireNonNull(taken, "taken");
    }

    /** Parses a file or folder name (extensions allowed); empty when it is not a sysdiagnose name. */
    public static Optional<SysdiagnoseName> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3), number(m, 4),
                    number(m, 5), number(m, 6));
            int sign = m.group(7).equals("-") ? -1 : 1;
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * number(m, 8), sign * number(m, 9));
            String platform = m.group(10) == null ? null : m.group(10).replace('-', ' ');
            return Optional.of(new SysdiagnoseName(OffsetDateTime.of(local, offset), platform, m.group(11),
                    m.group(12)));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /**
     * The first sysdiagnose name written anywhere in {@code text}, such as the archive name {@code sysdiagnose.log}
     * records ({@code .../sysdiagnose_2024.03.02_11-15-30+0100_iPhone-OS_iPhone_21D61.tar.gz}); empty when none.
     */
    public static Optional<SysdiagnoseName> find(String text) {
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            Optional<SysdiagnoseName> name = parse(m.group().replaceFirst("\\.tar(\\.gz)?$|\\.tgz$", ""));
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    public ZoneOffset offset() {
        return taken.getOffset();
    }

    /** The facts for {@code deviceInfo()}: {@code sysdiagnose_date}, {@code time_zone}, and the others present. */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("sysdiagnose_date", taken.toString());
        facts.put("time_zone", "UTC" + (offset().equals(ZoneOffset.UTC) ? "" : offset().getId()));
        if (platform != null) {
            facts.put("platform", platform);
            facts.put("device_class", device);
            facts.put("build_version", build);
        }
        return facts;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
