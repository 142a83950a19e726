package org.spyglass.android.dumpsys;

import java.util.List;
import java.util.Set;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.core.source.SourceKind;

/**
 * Where the dumpsys modules that also run on AndroidQF find their text: the dumpstate text of a bugreport, and the
 * {@code dumpsys.txt} an AndroidQF acquisition holds (the same {@code DUMP OF SERVICE} sections).
 */
public final class DumpstateInputs {
    /** The AndroidQF copy of the dumpsys output. */
    public static final String ANDROIDQF_DUMPSYS = "/androidqf/dumpsys.txt";
    /** The kinds of evidence holding a dumpsys text. */
    public static final Set<SourceKind> KINDS = Set.of(SourceKind.ANDROID_BUGREPORT, SourceKind.ANDROID_ANDROIDQF);
    /** The files: a source lists only those it holds. */
    public static final List<String> FILES = List.of(BugreportSource.DUMPSTATE, ANDROIDQF_DUMPSYS);

    private DumpstateInputs() {
    }
}
