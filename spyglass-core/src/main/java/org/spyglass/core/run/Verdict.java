package org.spyglass.core.run;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.run.ModuleResult.Status;

/**
 * The one-line answer of a run, for a person who is not an expert. It never says "clean": a run without a match
 * only says what it was compared with.
 */
public enum Verdict {
    /** Nothing matched the indicators and no heuristic raised a severe alert. */
    NO_MATCH,
    /** Severe alerts were raised, all by heuristics (no indicator matched at HIGH or above). */
    SIGNS_OF_TARGETING,
    /** An indicator matched at level HIGH or above. */
    SIGNS_OF_COMPROMISE,
    /** The run was interrupted, every module that found data failed, or no module found anything to check. */
    INCOMPLETE;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /**
     * Decides the verdict. Severe findings win over incompleteness (an interrupted run that found an indicator still
     * says so); the sentence then mentions the interruption.
     */
    public static Verdict decide(boolean interrupted, List<ModuleResult> modules, AlertCounts alerts) {
        if (alerts.severeIndicator() > 0) {
            return SIGNS_OF_COMPROMISE;
        }
        if (alerts.severeHeuristic() > 0) {
            return SIGNS_OF_TARGETING;
        }
        if (interrupted || ranModules(modules) == 0 || failedModules(modules) == ranModules(modules)) {
            return INCOMPLETE;
        }
        return NO_MATCH;
    }

    /** One or two sentences stating this verdict with the run's figures. */
    public String sentence(boolean interrupted, List<ModuleResult> modules, AlertCounts alerts,
                           IndicatorSummary indicators) {
        String text = switch (this) {
            case SIGNS_OF_COMPROMISE -> "Signs of compromise: " + count(alerts.severeIndicator(), "severe alert")
                    + " matched known spyware indicators" + malware(alerts.malware())
                    + firstOn(alerts.firstSevereMatch()) + ": expert review needed.";
            case SIGNS_OF_TARGETING -> "Signs of targeting: " + count(alerts.severeHeuristic(), "severe alert")
                    + " raised by heuristics, with no indicator match: expert review needed.";
            case INCOMPLETE -> incomplete(interrupted, modules);
            case NO_MATCH -> noMatch(alerts, indicators);
        };
        if (interrupted && this != INCOMPLETE) {
            text += " The run was interrupted, so only part of the evidence was checked.";
        }
        return text;
    }

    private static String noMatch(AlertCounts alerts, IndicatorSummary indicators) {
        String text;
        if (indicators.total() == 0) {
            text = "No match: no indicators were used, so only the heuristics checked this evidence.";
        } else {
            text = "No match with the " + String.format(Locale.ROOT, "%,d", indicators.total()) + " indicators used"
                    + (indicators.newest() == null ? "" : " (newest feed of " + DAY.format(indicators.newest()) + ")")
                    + ".";
        }
        long lower = alerts.total() - alerts.severe();
        if (lower > 0) {
            text += " " + count(lower, "lower-level alert") + " may still deserve a look.";
        }
        return text;
    }

    private static String incomplete(boolean interrupted, List<ModuleResult> modules) {
        if (interrupted) {
            return "Incomplete: the run was interrupted, so only part of the evidence was checked.";
        }
        if (ranModules(modules) == 0) {
            return "Incomplete: none of the artifacts the modules look for was found in this evidence, so nothing "
                    + "was checked.";
        }
        return "Incomplete: every module that found its data failed (" + failedModules(modules)
                + "); see the warnings and command.log.";
    }

    private static long ranModules(List<ModuleResult> modules) {
        return modules.stream().filter(m -> m.status() == Status.RAN || m.status() == Status.FAILED).count();
    }

    private static long failedModules(List<ModuleResult> modules) {
        return modules.stream().filter(m -> m.status() == Status.FAILED).count();
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String malware(List<String> names) {
        return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
    }

    private static String firstOn(Instant first) {
        return first == null ? "" : ", the first on " + DAY.format(first);
    }
}
