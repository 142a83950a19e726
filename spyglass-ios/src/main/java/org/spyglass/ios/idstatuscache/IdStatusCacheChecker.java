package org.spyglass.ios.idstatuscache;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/** Matches looked-up e-mail handles against the indicators and flags handles with two NUL characters in a row. */
final class IdStatusCacheChecker implements Checker<IdStatusCacheRecord> {
    static final Heuristic MALFORMED_HANDLE = new Heuristic("ios.id_status_cache.malformed-handle", Level.MEDIUM,
            "iOS caches the phone numbers and e-mail addresses it looked up before sending an iMessage or starting "
                    + "a FaceTime call. This handle contains two NUL characters in a row, which no number or "
                    + "address typed by a person does; such malformed handles were seen where attackers probed "
                    + "iMessage with crafted messages. A damaged file or an app's bug can produce them too, so it is "
                    + "a lead for an expert, not proof.");

    @Override
    public void check(IdStatusCacheRecord record, CheckContext context) {
        String email = record.email();
        List<IndicatorMatch> matches = email == null ? List.of() : context.indicators().matchEmail(email);
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "IDStatusCache lookup of \"" + record.user() + "\" for "
                    + record.service() + " " + MatchText.of(matches), record.isodate(), record, matches);
        }
        if (record.malformedHandle()) {
            context.heuristicAlert(MALFORMED_HANDLE, "IDStatusCache lookup of the malformed handle \""
                    + record.user() + "\" for " + record.service(), record.isodate(), record);
        }
    }
}
