package org.spyglass.core.module;

import java.util.List;
import java.util.Set;
import org.spyglass.core.source.SourceKind;

/**
 * One artifact, end to end: where it lives, how to parse it, how to judge its records and how to put them on the
 * timeline. Each stage is its own small class; the module only ties them together and is registered in
 * {@code META-INF/services/org.spyglass.core.module.ArtifactModule}.
 *
 * <p>The engine asks for a fresh {@link #parser()}, {@link #checker()} and {@link #timeline()} for each run, so they
 * may keep per-run state; they are used by one thread at a time.
 *
 * @param <R> the record type the parser emits
 */
public interface ArtifactModule<R extends Record> {

    /** The slug: names the output files ({@code <name>.json}) and the {@code module} field of alerts. Unique. */
    String name();

    /** One line for {@code --list-modules}. */
    String description();

    /** The kinds of evidence this module reads. */
    Set<SourceKind> sourceKinds();

    /**
     * Device-path globs of the files this module reads (see {@link org.spyglass.core.source.Source#find}). The
     * engine resolves them and reports the module as absent when none exists. An empty list means the module looks
     * for its input itself and always runs.
     */
    List<String> artifacts();

    Class<R> recordType();

    /**
     * About how many bytes of this module's files hold one record, for scheduling only: the engine starts the modules
     * with the most records to make first (records, not bytes, are what a module's time goes on), so that the longest
     * module does not run alone at the end. A database of short counter rows holds more records per byte than one of
     * messages. The default suits a table of short text rows.
     */
    default int bytesPerRecordHint() {
        return 200;
    }

    Parser<R> parser();

    /** Judges each record. The default raises nothing. */
    default Checker<R> checker() {
        return (record, context) -> { };
    }

    /** Describes each record on the timeline. The default adds nothing. */
    default TimelineMapper<R> timeline() {
        return (record, out) -> { };
    }

    /** Lists the URLs a record carries for {@code urls.json}. The default lists none. */
    default UrlExtractor<R> urls() {
        return (record, out) -> { };
    }

    /** Lists the process names a record carries for {@code processes.json}. The default lists none. */
    default ProcessExtractor<R> processes() {
        return (record, out) -> { };
    }
}
