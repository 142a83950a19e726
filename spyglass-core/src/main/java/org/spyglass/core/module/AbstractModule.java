package org.spyglass.core.module;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.spyglass.core.source.SourceKind;

/**
 * The declarative part of a module held as values, so a module class only says what it is in its constructor and
 * which stages it has. Subclasses must keep a public no-argument constructor for the {@link java.util.ServiceLoader}.
 *
 * @param <R> the record type
 */
public abstract class AbstractModule<R extends Record> implements ArtifactModule<R> {
    private final String name;
    private final Class<R> recordType;
    private final String description;
    private final Set<SourceKind> sourceKinds;
    private final List<String> artifacts;

    /**
     * @param name        the slug (see {@link ArtifactModule#name()})
     * @param recordType  the record class the parser emits
     * @param description one line for {@code --list-modules}
     * @param sourceKinds the kinds of evidence it reads
     * @param artifacts   the device-path globs of its files (see {@link ArtifactModule#artifacts()})
     */
    protected AbstractModule(String name, Class<R> recordType, String description, Set<SourceKind> sourceKinds,
                             List<String> artifacts) {
        this.name = Objects.requireNonNull(name, "name");
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.description = Objects.requireNonNull(description, "description");
        this.sourceKinds = Set.copyOf(sourceKinds);
        this.artifacts = List.copyOf(artifacts);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Set<SourceKind> sourceKinds() {
        return sourceKinds;
    }

    @Override
    public final List<String> artifacts() {
        return artifacts;
    }

    @Override
    public final Class<R> recordType() {
        return recordType;
    }
}
