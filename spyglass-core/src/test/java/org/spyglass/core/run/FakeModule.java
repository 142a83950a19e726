package org.spyglass.core.run;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.module.UrlExtractor;
import org.spyglass.core.source.SourceKind;

/** A module made of lambdas, for engine tests. */
final class FakeModule<R extends Record> implements ArtifactModule<R> {
    private final String name;
    private final Class<R> type;
    private final List<String> artifacts;
    private final Parser<R> parser;
    private Set<SourceKind> kinds = Set.of(SourceKind.IOS_BACKUP);
    private Checker<R> checker = (record, context) -> { };
    private TimelineMapper<R> timeline = (record, out) -> { };
    private UrlExtractor<R> urls = (record, out) -> { };
    private ProcessExtractor<R> processes = (record, out) -> { };
    private Integer bytesPerRecord;

    FakeModule(String name, Class<R> type, List<String> artifacts, Parser<R> parser) {
        this.name = name;
        this.type = type;
        this.artifacts = artifacts;
        this.parser = parser;
    }

    FakeModule<R> kinds(SourceKind... kinds) {
        this.kinds = Set.of(kinds);
        return this;
    }

    FakeModule<R> bytesPerRecord(int bytes) {
        this.bytesPerRecord = bytes;
        return this;
    }

    @Override
    public int bytesPerRecordHint() {
        return bytesPerRecord != null ? bytesPerRecord : ArtifactModule.super.bytesPerRecordHint();
    }

    FakeModule<R> checker(Checker<R> checker) {
        this.checker = checker;
        return this;
    }

    FakeModule<R> timeline(TimelineMapper<R> timeline) {
        this.timeline = timeline;
        return this;
    }

    FakeModule<R> urls(UrlExtractor<R> urls) {
        this.urls = urls;
        return this;
    }

    FakeModule<R> processes(ProcessExtractor<R> processes) {
        this.processes = processes;
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "Test module " + name;
    }

    @Override
    public Set<SourceKind> sourceKinds() {
        return kinds;
    }

    @Override
    public List<String> artifacts() {
        return artifacts;
    }

    @Override
    public Class<R> recordType() {
        return type;
    }

    @Override
    public Parser<R> parser() {
        return parser;
    }

    @Override
    public Checker<R> checker() {
        return checker;
    }

    @Override
    public TimelineMapper<R> timeline() {
        return timeline;
    }

    @Override
    public UrlExtractor<R> urls() {
        return urls;
    }

    @Override
    public ProcessExtractor<R> processes() {
        return processes;
    }
}
