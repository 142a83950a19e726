package org.spyglass.android.androidqf.getprop;

import java.util.List;
import java.util.Set;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.core.Level;
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

    /**
     * How old the security patch may be at the acquisition: Google publishes a bulletin monthly and vendors ship it
     * one to three months later, so six months (MVT uses 186 days) means updates have stopped reaching the phone.
     */
    static final int PATCH_MONTHS = 6;

    static final Heuristic OUTDATED_PATCH = new Heuristic("android.aqf_get_prop.outdated-security-patch",
            Level.MEDIUM, "The phone's security patch is more than six months older than the acquisition: it lacks "
                    + "fixes for publicly known vulnerabilities that spyware exploits. This says nothing about an "
                    + "infection; update the phone, or replace it when it receives no more updates.");

    public GetPropModule() {
        super(NAME, AqfProperty.class, "System properties read by AndroidQF (getprop.txt): names matched, an "
                        + "outdated security patch flagged",
                Set.of(SourceKind.ANDROID_ANDROIDQF), List.of(PATH));
    }

    @Override
    public Parser<AqfProperty> parser() {
        return new GetPropParser();
    }

    @Override
    public Checker<AqfProperty> checker() {
        return new GetPropChecker();
    }
}
