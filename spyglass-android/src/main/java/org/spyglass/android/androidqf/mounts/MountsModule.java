package org.spyglass.android.androidqf.mounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.androidqf.JsonList;
import org.spyglass.core.Level;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.SourceKind;

/**
 * The file systems mounted at the acquisition ({@code mounts.json}): paths matched, system partitions mounted
 * read-write or with a rooting tool's options flagged. No dates, so nothing on the timeline.
 */
public final class MountsModule extends AbstractModule<Mount> {
    public static final String NAME = "mounts";
    public static final String PATH = AndroidqfSource.PREFIX + "mounts.json";

    static final Heuristic SYSTEM_READ_WRITE = new Heuristic("android.mounts.system-read-write", Level.HIGH,
            "A system partition is mounted read-write. Android mounts them read-only and verifies them at boot; only "
                    + "root (a rooting tool, or spyware that gained root) remounts them to change the system. Ask "
                    + "whether the owner rooted the phone.");

    static final Heuristic SUSPICIOUS_OPTIONS = new Heuristic("android.mounts.suspicious-options", Level.MEDIUM,
            "A system partition carries mount options Android does not set on it (remount, or noatime/nodiratime on "
                    + "the root or system partition): a sign that someone with root remounted it. Some custom ROMs "
                    + "do this too.");

    public MountsModule() {
        super(NAME, Mount.class, "File systems mounted at the acquisition (mounts.json): paths matched, system "
                + "partitions mounted read-write flagged", Set.of(SourceKind.ANDROID_ANDROIDQF), List.of(PATH));
    }

    @Override
    public Parser<Mount> parser() {
        return context -> {
            for (EvidenceFile file : context.files()) {
                JsonList.read(context, file).ifPresent(lines -> {
                    long bad = 0;
                    for (String line : lines) {
                        Optional<Mount> mount = MountLine.parse(line, file.devicePath());
                        if (mount.isPresent()) {
                            context.emit(mount.get());
                        } else {
                            bad++;
                        }
                    }
                    if (bad > 0) {
                        context.warn(file.devicePath(), String.format(Locale.ROOT, "%d line(s) were not mount "
                                + "lines (<device> on <mount point> type <fs> (<options>)) and were skipped", bad));
                    }
                });
            }
        };
    }

    @Override
    public Checker<Mount> checker() {
        return new MountsChecker();
    }
}
