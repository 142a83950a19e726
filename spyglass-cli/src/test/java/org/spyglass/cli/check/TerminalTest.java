package org.spyglass.cli.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spyglass.core.ExitCode;
import org.spyglass.core.Level;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.module.Warning;
import org.spyglass.core.run.AlertCounts;
import org.spyglass.core.run.IndicatorSummary;
import org.spyglass.core.run.ModuleResult;
import org.spyglass.core.run.ModuleResult.Status;
import org.spyglass.core.run.RunSummary;
import org.spyglass.core.run.Verdict;
import org.spyglass.core.source.SourceKind;

/** What a check prints: live or plain progress, quiet and verbose, colours only on a live terminal without NO_COLOR. */
class TerminalTest {
    private static final String ESC = "\u001b[";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Terminal terminal(TerminalOptions.When when, boolean quiet, boolean verbose, Map<String, String> env) {
        TerminalOptions options = new TerminalOptions();
        options.terminal = when;
        options.quiet = quiet;
        options.verbose = verbose;
        return options.open(new PrintWriter(out, true), new PrintWriter(err, true), env, false);
    }

    private static ModuleResult ran(String name, long records, Map<Level, Long> alerts) {
        return new ModuleResult(name, Status.RAN, records, alerts, 0, null);
    }

    private static void runTwoModules(TerminalProgress progress) {
        progress.moduleStarted("sms");
        progress.progress("sms", 100_000);
        progress.moduleFinished(ran("sms", 150_000, Map.of(Level.CRITICAL, 1L)));
        progress.warning(new Warning("calls", "CallHistory.storedata", "table ZCALLRECORD is missing"));
        progress.moduleFinished(ModuleResult.notRun("calls", Status.ABSENT, "none of its files is in the evidence"));
        progress.done();
    }

    private static RunSummary summary() {
        List<ModuleResult> modules = List.of(ran("sms", 150_000, Map.of(Level.CRITICAL, 1L, Level.LOW, 2L)),
                ModuleResult.notRun("calls", Status.ABSENT, "none of its files is in the evidence"));
        AlertCounts counts = new AlertCounts(Map.of(Level.CRITICAL, 1L, Level.LOW, 2L), 1, 0, List.of("Pegasus"),
                Instant.parse("2024-03-02T10:15:31Z"));
        return new RunSummary("ios check-backup", Path.of("/cases/1/backup"), SourceKind.IOS_BACKUP,
                Path.of("/cases/1/results"), Instant.parse("2026-11-29T10:00:00Z"),
                Instant.parse("2026-11-29T10:00:04Z"), modules, List.of(), 0, counts,
                new IndicatorSummary(10, Map.of(IndicatorType.DOMAIN, 10), null, List.of()), Map.of(), false,
                Verdict.SIGNS_OF_COMPROMISE, "Signs of compromise: 1 severe alert matched known spyware indicators.");
    }

    @Test
    void onALiveTerminalProgressIsOneLineRewrittenInPlaceWithRecordsPerSecond() {
        runTwoModules(new TerminalProgress(terminal(TerminalOptions.When.ALWAYS, false, false, Map.of()), 2));

        String shown = err.toString();
        assertThat(shown).doesNotContain("\n").contains("\r[0/2 modules] 0 records (")
                .contains("\r[0/2 modules] 100,000 records (").contains("records/s) sms")
                .contains("\r[1/2 modules] 150,000 records (").contains("\r[2/2 modules] 150,000 records (")
                .endsWith("\r" + ESC + "K");
    }

    @Test
    void withoutATerminalProgressIsPlainLinesWithoutCarriageReturnsOrColours() {
        runTwoModules(new TerminalProgress(terminal(TerminalOptions.When.NEVER, false, false, Map.of()), 2));

        assertThat(err.toString()).doesNotContain("\r").doesNotContain(ESC)
                .contains("  sms: 100,000 records...\n").containsPattern("  sms +150,000 records, 1 alerts\n")
                .doesNotContain("calls").doesNotContain("started");
    }

    @Test
    void verboseAddsTheRunsWarningsAndEveryModule() {
        runTwoModules(new TerminalProgress(terminal(TerminalOptions.When.NEVER, false, true, Map.of()), 2));

        assertThat(err.toString()).containsPattern("  sms +started")
                .contains("warning: calls: CallHistory.storedata: table ZCALLRECORD is missing")
                .containsPattern("  calls +absent");
    }

    @Test
    void quietPrintsOnlyTheVerdictLine() {
        Terminal quiet = terminal(TerminalOptions.When.ALWAYS, true, false, Map.of());
        runTwoModules(new TerminalProgress(quiet, 2));
        quiet.info("Checking /cases/1/backup with 10 indicators...");

        new TerminalSummary(quiet).print(summary(), List.of(), 0);

        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEqualTo("Verdict: " + ESC + "1;31mSigns of compromise: 1 severe alert matched "
                + "known spyware indicators." + ESC + "0m" + System.lineSeparator());
    }

    @Test
    void theSummaryTableIsColouredOnlyOnALiveTerminal() {
        new TerminalSummary(terminal(TerminalOptions.When.ALWAYS, false, false, Map.of())).print(summary(),
                List.of(), 0);

        assertThat(out.toString()).containsPattern("Module +Records +CRITICAL +HIGH +MEDIUM +LOW +INFORMATIONAL")
                .containsPattern("  sms +150,000" + "\\Q" + ESC + "1;31m\\E +1")
                .containsPattern("  total +150,000").contains(ESC + "36m").doesNotContain("calls   ");
    }

    @Test
    void noColorTurnsColoursOffAndAPipeNeverHasThem() {
        new TerminalSummary(terminal(TerminalOptions.When.ALWAYS, false, false, Map.of("NO_COLOR", "1")))
                .print(summary(), List.of(), 0);
        new TerminalSummary(terminal(TerminalOptions.When.NEVER, false, false, Map.of())).print(summary(),
                List.of(), 0);

        assertThat(out.toString()).doesNotContain(ESC).containsPattern("  sms +150,000 +1 +0 +0 +2 +0");
    }

    @Test
    void autoIsLiveOnlyWithAConsole() {
        TerminalOptions options = new TerminalOptions();
        PrintWriter sink = new PrintWriter(new StringWriter());

        assertThat(options.open(sink, sink, Map.of(), true).live()).isTrue();
        assertThat(options.open(sink, sink, Map.of(), false).live()).isFalse();
    }

    @Test
    void quietAndVerboseTogetherAreAUsageError() {
        assertThatThrownBy(() -> terminal(TerminalOptions.When.AUTO, true, true, Map.of()))
                .isInstanceOf(SpyglassException.class).hasMessageContaining("--quiet and --verbose")
                .satisfies(e -> assertThat(((SpyglassException) e).exitCode()).isEqualTo(ExitCode.USAGE));
    }
}
