package org.spyglass.android.receivers;

import org.spyglass.android.dumpsys.ResolverTableParser;

/** Reads the {@code Receiver Resolver Table:} of the {@code package} section (see {@link ResolverTableParser}). */
final class ReceiversParser extends ResolverTableParser<Receiver> {
    ReceiversParser() {
        super("Receiver Resolver Table:");
    }

    @Override
    protected Receiver record(String intent, String packageName, String component, String file) {
        return new Receiver(intent, packageName, component, file);
    }
}
