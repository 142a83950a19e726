package org.spyglass.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Warning;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.Source;

/**
 * A test double of {@link ParseContext} that keeps every record, warning and absence note in memory, and checks
 * that each record renders by hand as Jackson renders it ({@link RecordJsonCheck}).
 */
public final class CollectingParseContext<R extends Record> implements ParseContext<R> {
    private final String module;
    private final Source source;
    private final List<EvidenceFile> files;
    private final List<R> records = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final List<Warning> absences = new ArrayList<>();

    public CollectingParseContext(String module, Source source, List<EvidenceFile> files) {
        this.module = module;
        this.source = source;
        this.files = List.copyOf(files);
    }

    @Override
    public Source source() {
        return source;
    }

    @Override
    public List<EvidenceFile> files() {
        return files;
    }

    @Override
    public void emit(R record) {
        RecordJsonCheck.assertRendersAsJackson(record);
        records.add(record);
    }

    @Override
    public void warn(String location, String message) {
        warnings.add(new Warning(module, location, message));
    }

    @Override
    public void absent(String location, String message) {
        absences.add(new Warning(module, location, message));
    }

    @Override
    public boolean cancelled() {
        return false;
    }

    public List<R> records() {
        return records;
    }

    public List<Warning> warnings() {
        return warnings;
    }

    /** The {@link ParseContext#absent} notes, as warnings for convenience of assertion. */
    public List<Warning> absences() {
        return absences;
    }
}
