package org.spyglass.android.androidqf.files;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.core.Level;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * The files AndroidQF listed on the device ({@code files.json}): paths, names and digests matched, files in
 * {@code /data/local/tmp/} flagged, each distinct file time on the timeline.
 */
public final class FilesModule extends AbstractModule<AqfFile> {
    public static final String NAME = "aqf_files";
    public static final String PATH = AndroidqfSource.PREFIX + "files.json";

    /** Folders that only the shell user (adb) and exploits write to; apps cannot. */
    static final List<String> SUSPICIOUS_FOLDERS = List.of("/data/local/tmp/");

    static final Heuristic TEMPORARY_FOLDER = new Heuristic("android.aqf_files.data-local-tmp", Level.HIGH,
            "A file sits in /data/local/tmp/, the scratch folder of adb's shell user. Apps cannot write there; "
                    + "exploit chains and spyware installers drop their payloads there. Files pushed on purpose "
                    + "(a developer's tools) also land there: ask who used adb on this phone, and look the file up.");

    public FilesModule() {
        super(NAME, AqfFile.class, "Files listed by AndroidQF (files.json): paths, names and hashes matched, files "
                + "in /data/local/tmp/ flagged, file times on the timeline", Set.of(SourceKind.ANDROID_ANDROIDQF),
                List.of(PATH));
    }

    @Override
    public Parser<AqfFile> parser() {
        return new FilesParser();
    }

    @Override
    public Checker<AqfFile> checker() {
        return new FilesChecker();
    }

    /**
     * One event per distinct time of a file, its kind the MACB letters of the times that fall on it ({@code M...},
     * {@code MAC.}; B is never listed), described by the path and its SELinux context.
     */
    @Override
    public TimelineMapper<AqfFile> timeline() {
        return (file, out) -> {
            List<Instant> seen = new ArrayList<>(3);
            for (Instant time : new Instant[] {file.modified(), file.accessed(), file.changed()}) {
                if (time != null && !seen.contains(time)) {
                    seen.add(time);
                    out.accept(new TimelineEvent(time, NAME, macb(file, time), file.path()
                            + (file.context() == null ? "" : " (" + file.context() + ")")));
                }
            }
        };
    }

    private static String macb(AqfFile file, Instant time) {
        return (time.equals(file.modified()) ? "M" : ".") + (time.equals(file.accessed()) ? "A" : ".")
                + (time.equals(file.changed()) ? "C" : ".") + ".";
    }
}
