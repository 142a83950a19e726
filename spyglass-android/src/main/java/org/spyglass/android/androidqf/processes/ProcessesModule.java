package org.spyglass.android.androidqf.processes;

import java.util.List;
import java.util.Set;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.source.SourceKind;

/**
 * The processes running at the acquisition ({@code ps.txt}): names matched as app ids, else as process names. The
 * listing has no dates, so nothing on the timeline.
 */
public final class ProcessesModule extends AbstractModule<AqfProcess> {
    public static final String NAME = "aqf_processes";
    public static final String PATH = AndroidqfSource.PREFIX + "ps.txt";

    public ProcessesModule() {
        super(NAME, AqfProcess.class, "Processes running at the acquisition (ps.txt): names matched as app ids and "
                + "process names", Set.of(SourceKind.ANDROID_ANDROIDQF), List.of(PATH));
    }

    @Override
    public Parser<AqfProcess> parser() {
        return new ProcessesParser();
    }

    @Override
    public Checker<AqfProcess> checker() {
        return new ProcessesChecker();
    }

    /** Each running process, untimed (ps.txt prints no date). */
    @Override
    public ProcessExtractor<AqfProcess> processes() {
        return (process, out) -> out.accept(ProcessSighting.untimed(process.name(), null, process.file()));
    }
}
