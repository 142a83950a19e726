package org.spyglass.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.CheckContext;

/** A test double of {@link CheckContext} that keeps every alert in memory. */
public final class CollectingCheckContext implements CheckContext {
    private final String module;
    private final Indicators indicators;
    private final List<Alert> alerts = new ArrayList<>();

    public CollectingCheckContext(String module, Indicators indicators) {
        this.module = module;
        this.indicators = indicators;
    }

    @Override
    public String module() {
        return module;
    }

    @Override
    public Indicators indicators() {
        return indicators;
    }

    @Override
    public void alert(Alert alert) {
        alerts.add(alert);
    }

    public List<Alert> alerts() {
        return alerts;
    }
}
