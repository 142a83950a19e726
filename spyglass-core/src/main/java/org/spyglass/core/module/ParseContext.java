package org.spyglass.core.module;

import java.util.List;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.Source;

/**
 * What a parser sees: the evidence, the files its module declared, and where to send records and warnings.
 * Records are streamed on at once; nothing is kept.
 *
 * @param <R> the record type
 */
public interface ParseContext<R extends Record> {

    Source source();

    /** The existing files matching the module's {@link ArtifactModule#artifacts()}, in a stable order. */
    List<EvidenceFile> files();

    /** Hands one record on to the checker, the timeline and the writers. */
    void emit(R record);

    /** Reports bad data; the parser goes on. {@code location} names the file, and the table or key when known. */
    void warn(String location, String message);

    /**
     * Notes that a file is there but holds none of what this parser reads (an iOS version without the table, an
     * empty list): not a fault of the evidence, so not a warning. A module whose files are all like this is
     * reported as absent with this reason.
     */
    void absent(String location, String message);

    /** True when the run was interrupted; long parsers should stop early. */
    boolean cancelled();
}
