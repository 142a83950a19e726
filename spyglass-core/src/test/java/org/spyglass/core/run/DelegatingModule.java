package org.spyglass.core.run;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.SourceKind;

/** Wraps a fake module so a test can give it a class of its own (service registration needs one per module). */
class DelegatingModule implements ArtifactModule<Visit> {
    private final FakeModule<Visit> delegate;

    DelegatingModule(FakeModule<Visit> delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public Set<SourceKind> sourceKinds() {
        return delegate.sourceKinds();
    }

    @Override
    public List<String> artifacts() {
        return delegate.artifacts();
    }

    @Override
    public Class<Visit> recordType() {
        return Visit.class;
    }

    @Override
    public Parser<Visit> parser() {
        return delegate.parser();
    }
}
