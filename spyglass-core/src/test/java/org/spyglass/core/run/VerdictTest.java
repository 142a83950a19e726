package org.spyglass.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spyglass.core.ExitCode;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.run.ModuleResult.Status;

class VerdictTest {
    private static final IndicatorSummary INDICATORS = new IndicatorSummary(9000, Map.of(IndicatorType.DOMAIN, 9000),
            Instant.parse("2026-11-20T08:00:00Z"), List.of());
    private static final IndicatorSummary NO_INDICATORS = new IndicatorSummary(0, Map.of(), null, List.of());
    private static final List<ModuleResult> RAN = List.of(ran("sms"), ModuleResult.notRun("safari", Status.ABSENT,
            "none"));

    private static ModuleResult ran(String name) {
        return new ModuleResult(name, Status.RAN, 10, Map.of(), 0, null);
    }

    private static ModuleResult failed(String name) {
        return new ModuleResult(name, Status.FAILED, 1, Map.of(), 0, "IOException: boom");
    }

    private static AlertCounts counts(Map<Level, Long> byLevel, long severeIndicator, long severeHeuristic) {
        return new AlertCounts(byLevel, severeIndicator, severeHeuristic, List.of("Pegasus"),
                severeIndicator > 0 ? Instant.parse("2024-03-02T10:00:00Z") : null);
    }

    static Stream<Arguments> everyVerdictInEveryShape() {
        List<Arguments> cases = new ArrayList<>();
        for (boolean interrupted : new boolean[] {false, true}) {
            for (IndicatorSummary indicators : List.of(INDICATORS, NO_INDICATORS)) {
                for (Verdict verdict : Verdict.values()) {
                    cases.add(Arguments.of(verdict, interrupted, indicators, RAN));
                    cases.add(Arguments.of(verdict, interrupted, indicators, List.of(failed("sms"))));
                    cases.add(Arguments.of(verdict, interrupted, indicators, List.of()));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("everyVerdictInEveryShape")
    void neverCallsTheDeviceClean(Verdict verdict, boolean interrupted, IndicatorSummary indicators,
                                  List<ModuleResult> modules) {
        AlertCounts alerts = counts(Map.of(Level.LOW, 2L, Level.HIGH, 1L), 1, 1);

        String sentence = verdict.sentence(interrupted, modules, alerts, indicators);

        assertThat(sentence).isNotBlank().endsWith(".");
        assertThat(sentence.toLowerCase(Locale.ROOT)).doesNotContain("clean");
    }

    @Test
    void saysNoMatchWithTheIndicatorCountAndNewestFeed() {
        AlertCounts none = AlertCounts.none();

        assertThat(Verdict.decide(false, RAN, none)).isEqualTo(Verdict.NO_MATCH);
        assertThat(Verdict.NO_MATCH.sentence(false, RAN, none, INDICATORS))
                .isEqualTo("No match with the 9,000 indicators used (newest feed of 2026-11-20).");
    }

    @Test
    void mentionsLowerLevelAlertsWhenThereIsNoMatch() {
        AlertCounts low = counts(Map.of(Level.MEDIUM, 3L), 0, 0);

        assertThat(Verdict.decide(false, RAN, low)).isEqualTo(Verdict.NO_MATCH);
        assertThat(Verdict.NO_MATCH.sentence(false, RAN, low, INDICATORS)).endsWith(
                " 3 lower-level alerts may still deserve a look.");
    }

    @Test
    void saysCompromiseForASevereIndicatorMatch() {
        AlertCounts alerts = counts(Map.of(Level.CRITICAL, 2L), 2, 0);

        assertThat(Verdict.decide(false, RAN, alerts)).isEqualTo(Verdict.SIGNS_OF_COMPROMISE);
        assertThat(Verdict.SIGNS_OF_COMPROMISE.sentence(false, RAN, alerts, INDICATORS)).isEqualTo(
                "Signs of compromise: 2 severe alerts matched known spyware indicators (Pegasus), the first on "
                        + "2024-03-02: expert review needed.");
    }

    @Test
    void saysTargetingWhenEverySevereAlertIsHeuristic() {
        AlertCounts alerts = counts(Map.of(Level.HIGH, 1L), 0, 1);

        assertThat(Verdict.decide(false, RAN, alerts)).isEqualTo(Verdict.SIGNS_OF_TARGETING);
    }

    @Test
    void compromiseWinsOverTargetingAndInterruption() {
        AlertCounts alerts = counts(Map.of(Level.HIGH, 2L), 1, 1);

        assertThat(Verdict.decide(true, RAN, alerts)).isEqualTo(Verdict.SIGNS_OF_COMPROMISE);
        assertThat(Verdict.SIGNS_OF_COMPROMISE.sentence(true, RAN, alerts, INDICATORS))
                .endsWith("The run was interrupted, so only part of the evidence was checked.");
    }

    @Test
    void saysIncompleteWhenInterruptedEveryModuleFailedOrNothingRan() {
        AlertCounts none = AlertCounts.none();

        assertThat(Verdict.decide(true, RAN, none)).isEqualTo(Verdict.INCOMPLETE);
        assertThat(Verdict.decide(false, List.of(failed("sms"), failed("safari")), none))
                .isEqualTo(Verdict.INCOMPLETE);
        assertThat(Verdict.decide(false, List.of(failed("sms"), ran("safari")), none)).isEqualTo(Verdict.NO_MATCH);
        assertThat(Verdict.decide(false, List.of(ModuleResult.notRun("sms", Status.ABSENT, "none")), none))
                .isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    void derivesTheExitCodeFromSevereAlertsAndInterruption() {
        assertThat(RunSummary.exitCode(false, AlertCounts.none())).isEqualTo(ExitCode.COMPLETED);
        assertThat(RunSummary.exitCode(false, counts(Map.of(Level.MEDIUM, 5L), 0, 0))).isEqualTo(ExitCode.COMPLETED);
        assertThat(RunSummary.exitCode(false, counts(Map.of(Level.HIGH, 1L), 0, 1))).isEqualTo(ExitCode.ALERTS);
        assertThat(RunSummary.exitCode(false, counts(Map.of(Level.CRITICAL, 1L), 1, 0))).isEqualTo(ExitCode.ALERTS);
        assertThat(RunSummary.exitCode(true, counts(Map.of(Level.CRITICAL, 1L), 1, 0)))
                .isEqualTo(ExitCode.INTERRUPTED);
    }

    @ParameterizedTest
    @EnumSource(Verdict.class)
    void everyVerdictHasItsOwnSentence(Verdict verdict) {
        AlertCounts alerts = counts(Map.of(Level.HIGH, 1L), 1, 1);
        long sameSentence = Stream.of(Verdict.values())
                .filter(v -> v.sentence(false, RAN, alerts, INDICATORS)
                        .equals(verdict.sentence(false, RAN, alerts, INDICATORS)))
                .count();

        assertThat(sameSentence).isEqualTo(1);
    }
}
