package org.spyglass.android.timestamps;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spyglass.android.dumpsys.DeviceTimes;
import org.spyglass.core.Level;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.FileTimes;
import org.spyglass.core.source.SourceKind;

/**
 * The modification times of the phone's files copied into a bugreport ({@code FS/...}, the zip entry times): each on
 * the timeline, each phone path matched against file-path indicators (CRITICAL).
 *
 * <p>A zip entry time is the phone's wall-clock time without a zone. The extraction (Spyglass's, or {@code unzip}
 * for a folder) turns it into a file time as if it were the computer's local time, so the device-local time is that
 * file time read back in the computer's time zone ({@link ZoneId#systemDefault()}); it becomes UTC with the device's
 * time zone when known.
 */
public final class BugreportTimestampsModule extends AbstractModule<BugreportFileTime> {
    public static final String NAME = "bugreport_timestamps";
    static final String PREFIX = "/FS/";

    public BugreportTimestampsModule() {
        super(NAME, BugreportFileTime.class, "Modification times of the phone's files in a bugreport (FS/...): "
                + "timeline, paths matched", Set.of(SourceKind.ANDROID_BUGREPORT), List.of(PREFIX + "**"));
    }

    @Override
    public Parser<BugreportFileTime> parser() {
        return BugreportTimestampsModule::parse;
    }

    private static void parse(ParseContext<BugreportFileTime> context) {
        ZoneId device = DeviceTimes.zone(context.source());
        ZoneId host = ZoneId.systemDefault();
        long missing = 0;
        for (EvidenceFile file : context.files()) {
            if (context.cancelled()) {
                return;
            }
            FileTimes times;
            try {
                times = context.source().times(file);
            } catch (IOException e) {
                context.warn(file.devicePath(), "the file's time could not be read: " + e.getMessage());
                continue;
            }
            if (times.modified() == null) {
                missing++;
                continue;
            }
            LocalDateTime local = LocalDateTime.ofInstant(times.modified(), host);
            String path = file.devicePath();
            context.emit(new BugreportFileTime(path, path.substring(PREFIX.length() - 1), local.toString(),
                    device == null ? null : local.atZone(device).toInstant(), device != null));
        }
        if (missing > 0) {
            context.warn(PREFIX, String.format(Locale.ROOT, "%d file(s) have no modification time", missing));
        }
    }

    @Override
    public Checker<BugreportFileTime> checker() {
        return (file, context) -> {
            var matches = context.indicators().matchFilePath(file.devicePath());
            if (!matches.isEmpty()) {
                context.indicatorAlert(Level.CRITICAL, "Found a known malicious file in the bugreport: "
                        + file.devicePath() + " " + MatchText.of(matches), file.time(), file, matches);
            }
        };
    }

    /**
     * One {@code M---} event per file (modified): at its UTC time when the device's time zone is known, else at its
     * device-local time read as UTC, which the description says.
     */
    @Override
    public TimelineMapper<BugreportFileTime> timeline() {
        return (file, out) -> {
            Instant at = file.timeInUtc() ? file.time()
                    : LocalDateTime.parse(file.localTime()).toInstant(ZoneOffset.UTC);
            out.accept(new TimelineEvent(at, NAME, "M---", file.devicePath() + " modified at " + file.localTime()
                    + " device-local"));
        };
    }
}
