package org.spyglass.core.run;

import java.util.function.BooleanSupplier;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.output.RunOutputs;
import org.spyglass.core.source.Source;

/** What every module of a run shares. */
record RunContext(Source source, Indicators indicators, RunOutputs outputs, AlertTally alerts, WarningLog warnings,
                  RunListener listener, BooleanSupplier cancelled) {
}
