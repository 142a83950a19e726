package org.spyglass.ios.calls;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches the e-mail address of a call by Apple ID (FaceTime, and calls relayed through iMessage accounts) against
 * the e-mail indicators: NSO's operators contacted targets from such accounts. Phone numbers are not matched, as no
 * feed publishes attacker phone numbers.
 */
final class CallsChecker implements Checker<CallRecord> {

    @Override
    public void check(CallRecord call, CheckContext context) {
        if (!call.numberIsEmail()) {
            return;
        }
        List<IndicatorMatch> matches = context.indicators().matchEmail(call.number());
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a call with a known spyware operator account in the call "
                    + "history: " + describe(call) + " " + MatchText.of(matches), call.isodate(), call, matches);
        }
    }

    /** {@code incoming call from +15550142 using com.apple.Telephony}. */
    static String describe(CallRecord call) {
        String party = call.number() == null ? "an unknown party" : call.number();
        String what;
        if (CallRecord.OUTGOING.equals(call.direction())) {
            what = "outgoing call to " + party;
        } else if (CallRecord.INCOMING.equals(call.direction())) {
            what = "incoming call from " + party;
        } else {
            what = "call with " + party;
        }
        return call.provider() == null ? what : what + " using " + call.provider();
    }
}
