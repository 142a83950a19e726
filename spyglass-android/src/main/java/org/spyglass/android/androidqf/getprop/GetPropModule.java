package org.spyglass.android.androidqf.getprop;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.SecurityPatch;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.SourceKind;

/**
 * The system properties AndroidQF read ({@code getprop.txt}): names matched against Android property indicators, an
 * outdated security patch flagged. No dates, so nothing on the timeline.
 */
public final class GetPropModule extends AbstractModule<AqfProperty> {
    public static final String NAME = "aqf_get_prop";
    public static final String PATH = AndroidqfSource.PREFIX + "getprop.txt";

    static final Heuristic OUTDATED_PATCH = SecurityPatch.heuristic("android.aqf_get_prop.outdated-security-patch");

    private final Clock clock;

    public GetPropModule() {
        this(Clock.system(ZoneOffset.UTC));
    }

    /** @param clock the clock whose day judges the security patch when the acquisition time is unknown */
    GetPropModule(Clock clock) {
        super(NAME, AqfProperty.class, "System properties read by AndroidQF (getprop.txt): names matched, an "
                        + "outdated security patch flagged",
                Set.of(SourceKind.ANDROID_ANDROIDQF), List.of(PATH));
        this.clock = clock;
    }

    @Override
    public Parser<AqfProperty> parser() {
        return new GetPropParser();
    }

    @Override
    public Checker<AqfProperty> checker() {
        return new GetPropChecker(clock);
    }
}
