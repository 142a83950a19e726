package org.spyglass.android.androidqf.logs;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.SourceKind;

/**
 * The modification times of the files AndroidQF copied into {@code logs/}, on the timeline. No indicator applies.
 */
public final class LogTimestampsModule extends AbstractModule<LogFile> {
    public static final String NAME = "aqf_log_timestamps";
    public static final String GLOB = AndroidqfSource.PREFIX + "logs/**";

    public LogTimestampsModule() {
        super(NAME, LogFile.class, "Modification times of the files in AndroidQF's logs/ folder, on the timeline",
                Set.of(SourceKind.ANDROID_ANDROIDQF), List.of(GLOB));
    }

    @Override
    public Parser<LogFile> parser() {
        return context -> {
            for (EvidenceFile file : context.files()) {
                try {
                    context.emit(new LogFile(file.devicePath(), context.source().times(file).modified()));
                } catch (IOException e) {
                    context.warn(file.devicePath(), "the log file's times could not be read: " + e.getMessage());
                }
            }
        };
    }

    /** One {@code M...} event per log file with a modification time. */
    @Override
    public TimelineMapper<LogFile> timeline() {
        return (log, out) -> {
            if (log.modified() != null) {
                out.accept(new TimelineEvent(log.modified(), NAME, "M...", log.path()));
            }
        };
    }
}
