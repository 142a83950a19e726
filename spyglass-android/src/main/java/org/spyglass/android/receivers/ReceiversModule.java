package org.spyglass.android.receivers;

import org.spyglass.android.AppMatches;
import org.spyglass.android.dumpsys.DumpstateInputs;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;
import org.spyglass.core.module.Parser;

/**
 * The broadcast receivers of a bugreport ({@code dumpsys package}'s receiver table): the package of each receiver
 * matched as an app id (CRITICAL, MEDIUM for watchware), one alert per receiver and intent. Receivers of SMS and call
 * intents are listed in the records but raise nothing by themselves: messaging and dialler apps have them too.
 */
public final class ReceiversModule extends AbstractModule<Receiver> {
    public static final String NAME = "dumpsys_receivers";

    public ReceiversModule() {
        super(NAME, Receiver.class, "Broadcast receivers (dumpsys package receiver table): packages matched",
                DumpstateInputs.KINDS, DumpstateInputs.FILES);
    }

    @Override
    public Parser<Receiver> parser() {
        return new ReceiversParser();
    }

    @Override
    public Checker<Receiver> checker() {
        return (receiver, context) -> {
            var matches = context.indicators().matchAppId(receiver.packageName());
            if (!matches.isEmpty()) {
                context.indicatorAlert(AppMatches.level(matches), "Found a known malicious app receiving "
                        + receiver.intent() + ": " + receiver.packageName() + "/" + receiver.receiver() + " "
                        + MatchText.of(matches) + AppMatches.note(matches), null, receiver, matches);
            }
        };
    }
}
