package org.spyglass.ios.shortcuts;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/** Matches every link found in a shortcut's actions against the indicators. */
final class ShortcutsChecker implements Checker<Shortcut> {

    @Override
    public void check(Shortcut shortcut, CheckContext context) {
        for (String url : shortcut.actionUrls()) {
            List<IndicatorMatch> matches = context.indicators().matchUrl(url);
            if (!matches.isEmpty()) {
                context.indicatorAlert(Level.CRITICAL, "Found a link to known spyware infrastructure in the "
                        + "actions of iOS Shortcut '" + shortcut.shortcutName() + "': " + url + " "
                        + MatchText.of(matches), shortcut.isodate(), shortcut, matches);
            }
        }
    }
}
