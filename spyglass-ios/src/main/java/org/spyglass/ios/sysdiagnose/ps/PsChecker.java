package org.spyglass.ios.sysdiagnose.ps;

import java.util.ArrayList;
import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;
import org.spyglass.ios.process.DaemonLookalikes;

/**
 * Matches each listed process's name and executable path, and checks its name against genuine iOS daemon names;
 * serves every ps listing of a sysdiagnose, each with its own file name in the messages and its own heuristic id.
 */
final class PsChecker<P extends Record & ListedProcess> implements Checker<P> {
    private final String listing;
    private final Heuristic lookalikeHeuristic;

    PsChecker(String listing, Heuristic lookalikeHeuristic) {
        this.listing = listing;
        this.lookalikeHeuristic = lookalikeHeuristic;
    }

    @Override
    public void check(P process, CheckContext context) {
        List<IndicatorMatch> matches = new ArrayList<>(context.indicators().matchProcess(process.name()));
        if (process.executable().startsWith("/")) {
            for (IndicatorMatch match : context.indicators().matchFilePath(process.executable())) {
                if (matches.stream().noneMatch(m -> m.indicator().equals(match.indicator()))) {
                    matches.add(match);
                }
            }
        }
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known spyware process running in " + listing + ": "
                    + process.executable() + " (pid " + process.pid() + ") " + MatchText.of(matches), null, process,
                    matches);
        }
        DaemonLookalikes.find(process.name()).ifPresent(lookalike -> context.heuristicAlert(lookalikeHeuristic,
                listing + " process \"" + process.name() + "\" (pid " + process.pid() + ", " + process.executable()
                        + ") " + lookalike.describe(), null, process));
    }
}
