package org.spyglass.cli.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;

/**
 * The text {@code spyglass iocs list} prints: each file with its feed, malware names and indicator counts by type,
 * then the totals and the newest date of the set. Worded as an inventory ("holds", "indicators"), never as results,
 * so that nobody reads a count as a detection.
 */
public final class IocsListing {
    private static final int MAX_MALWARE_NAMES = 12;

    private IocsListing() {
    }

    /** The newest {@code created}/{@code modified} date over all files, or null when no file has one. */
    public static Instant newest(List<FeedFile> files) {
        Instant newest = null;
        for (FeedFile file : files) {
            if (file.newest() != null && (newest == null || file.newest().isAfter(newest))) {
                newest = file.newest();
            }
        }
        return newest;
    }

    /** The whole listing, lines ending with '\n'. */
    public static String format(Indicators indicators) {
        StringBuilder out = new StringBuilder();
        List<FeedFile> files = indicators.files();
        out.append("Indicator files loaded: ").append(files.size()).append('\n');
        for (FeedFile file : files) {
            out.append('\n').append(file.feed()).append('\n');
            out.append("  file:       ").append(file.path()).append('\n');
            out.append("  malware:    ").append(names(file.malware())).append('\n');
            out.append("  indicators: ").append(file.total());
            if (!file.countsByType().isEmpty()) {
                out.append(" (").append(counts(file.countsByType())).append(')');
            }
            out.append('\n');
        }
        out.append('\n').append("Total: ").append(indicators.size()).append(" distinct indicators in ")
                .append(files.size()).append(files.size() == 1 ? " file" : " files");
        if (!indicators.countsByType().isEmpty()) {
            out.append(" (").append(counts(indicators.countsByType())).append(')');
        }
        out.append('\n');
        Instant newest = newest(files);
        out.append("Newest indicator date: ")
                .append(newest == null ? "unknown" : LocalDate.ofInstant(newest, ZoneOffset.UTC).toString())
                .append('\n');
        return out.toString();
    }

    /** A short label for a type, as the listing prints it. */
    static String label(IndicatorType type) {
        return switch (type) {
            case DOMAIN -> "domains";
            case IPV4 -> "IPv4";
            case IPV6 -> "IPv6";
            case URL -> "URLs";
            case EMAIL -> "e-mails";
            case PROCESS -> "processes";
            case FILE_NAME -> "file names";
            case FILE_PATH -> "file paths";
            case MD5 -> "MD5";
            case SHA1 -> "SHA-1";
            case SHA256 -> "SHA-256";
            case APP_ID -> "app ids";
            case APP_CERT_HASH -> "app certificates";
            case PROFILE_ID -> "profile ids";
            case ANDROID_PROPERTY -> "Android properties";
        };
    }

    private static String counts(Map<IndicatorType, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (IndicatorType type : IndicatorType.values()) {
            Integer count = counts.get(type);
            if (count != null && count > 0) {
                parts.add(label(type) + " " + count);
            }
        }
        return String.join(", ", parts);
    }

    private static String names(List<String> malware) {
        if (malware.isEmpty()) {
            return "(not named in the file)";
        }
        if (malware.size() <= MAX_MALWARE_NAMES) {
            return String.join(", ", malware);
        }
        return String.join(", ", malware.subList(0, MAX_MALWARE_NAMES))
                + String.format(Locale.ROOT, " and %d more", malware.size() - MAX_MALWARE_NAMES);
    }
}
