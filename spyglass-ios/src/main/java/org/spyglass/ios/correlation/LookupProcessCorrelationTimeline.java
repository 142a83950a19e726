package org.spyglass.ios.correlation;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** One {@code lookup_then_process} event per pair, at the process's first network use. */
final class LookupProcessCorrelationTimeline implements TimelineMapper<LookupThenProcess> {
    @Override
    public void map(LookupThenProcess record, Consumer<TimelineEvent> out) {
        String name = record.procName() == null ? "process " + record.procId() : record.procName();
        out.accept(new TimelineEvent(record.procFirstIsodate(), LookupProcessCorrelationModule.NAME,
                "lookup_then_process", name + " first used the network " + record.secondsAfter()
                        + " seconds after the lookup of " + record.user() + " within " + record.service()));
    }
}
