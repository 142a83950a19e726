package org.spyglass.android.platformcompat;

import org.spyglass.android.AppMatches;
import org.spyglass.android.dumpsys.DumpstateInputs;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;
import org.spyglass.core.module.Parser;

/**
 * The compatibility changes overridden per package ({@code dumpsys platform_compat}): each package matched as an app
 * id (CRITICAL, MEDIUM for watchware). The overrides outlive an app's removal, so they can name an app that is gone.
 * Runs on a bugreport's dumpstate text and on an AndroidQF {@code dumpsys.txt}.
 */
public final class PlatformCompatModule extends AbstractModule<CompatOverride> {
    public static final String NAME = "dumpsys_platform_compat";

    public PlatformCompatModule() {
        super(NAME, CompatOverride.class, "Compatibility overrides per package (dumpsys platform_compat): packages "
                + "matched, installed or not", DumpstateInputs.KINDS, DumpstateInputs.FILES);
    }

    @Override
    public Parser<CompatOverride> parser() {
        return new PlatformCompatParser();
    }

    @Override
    public Checker<CompatOverride> checker() {
        return (override, context) -> {
            var matches = context.indicators().matchAppId(override.packageName());
            if (!matches.isEmpty()) {
                context.indicatorAlert(AppMatches.level(matches), "Found a known malicious app with a compatibility "
                        + "override (installed now or before): " + override.packageName() + " for change "
                        + override.changeId() + (override.changeName() == null ? "" : " " + override.changeName())
                        + " " + MatchText.of(matches) + AppMatches.note(matches), null, override, matches);
            }
        };
    }
}
