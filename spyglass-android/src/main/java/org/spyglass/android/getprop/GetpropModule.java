package org.spyglass.android.getprop;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.spyglass.android.bugreport.BugreportSource;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.SourceKind;

/**
 * The system properties of a bugreport (its getprop block): names matched against Android property indicators,
 * an outdated security patch level flagged. Properties have no dates, so they add nothing to the timeline.
 */
public final class GetpropModule extends AbstractModule<SystemProperty> {
    public static final String NAME = "dumpsys_getprop";

    private final Clock clock;

    public GetpropModule() {
        this(Clock.system(ZoneOffset.UTC));
    }

    /** @param clock the clock whose day the security patch level is compared with */
    GetpropModule(Clock clock) {
        super(NAME, SystemProperty.class,
                "System properties (getprop block): names matched, outdated security patch flagged",
                Set.of(SourceKind.ANDROID_BUGREPORT), List.of(BugreportSource.DUMPSTATE));
        this.clock = clock;
    }

    @Override
    public Parser<SystemProperty> parser() {
        return new GetpropParser();
    }

    @Override
    public Checker<SystemProperty> checker() {
        return new GetpropChecker(clock);
    }
}
