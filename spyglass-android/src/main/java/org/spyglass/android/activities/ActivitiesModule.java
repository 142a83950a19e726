package org.spyglass.android.activities;

import org.spyglass.android.AppMatches;
import org.spyglass.android.dumpsys.DumpstateInputs;
import org.spyglass.android.dumpsys.ResolverTableParser;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;
import org.spyglass.core.module.Parser;

/**
 * The activities of the package resolver table ({@code dumpsys package}, {@code Activity Resolver Table:}): the
 * package of each activity matched as an app id (CRITICAL, MEDIUM for watchware), one alert per activity and intent.
 * Runs on a bugreport's dumpstate text and on an AndroidQF {@code dumpsys.txt}.
 */
public final class ActivitiesModule extends AbstractModule<ResolvedActivity> {
    public static final String NAME = "dumpsys_activities";

    public ActivitiesModule() {
        super(NAME, ResolvedActivity.class, "Activities by intent (dumpsys package activity resolver table): "
                + "packages matched", DumpstateInputs.KINDS, DumpstateInputs.FILES);
    }

    @Override
    public Parser<ResolvedActivity> parser() {
        return new ResolverTableParser<>("Activity Resolver Table:") {
            @Override
            protected ResolvedActivity record(String intent, String packageName, String component, String file) {
                return new ResolvedActivity(intent, packageName, component, file);
            }
        };
    }

    @Override
    public Checker<ResolvedActivity> checker() {
        return (activity, context) -> {
            var matches = context.indicators().matchAppId(activity.packageName());
            if (!matches.isEmpty()) {
                context.indicatorAlert(AppMatches.level(matches), "Found a known malicious app handling "
                        + activity.intent() + ": " + activity.packageName() + "/" + activity.activity() + " "
                        + MatchText.of(matches) + AppMatches.note(matches), null, activity, matches);
            }
        };
    }
}
