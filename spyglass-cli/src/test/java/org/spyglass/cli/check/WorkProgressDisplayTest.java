package org.spyglass.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spyglass.core.progress.WorkProgress;

/** Hashing and decrypting as shown: a live line on a terminal, a few plain lines otherwise, nothing when quiet. */
class WorkProgressDisplayTest {
    private static final long FILES = 200;
    private static final long SIZE = 1_000;

    private final StringWriter err = new StringWriter();

    private WorkProgressDisplay display(TerminalOptions.When when, boolean quiet) {
        TerminalOptions options = new TerminalOptions();
        options.terminal = when;
        options.quiet = quiet;
        return new WorkProgressDisplay(options.open(new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), Map.of(), false));
    }

    private static void hashTwoHundredFiles(WorkProgressDisplay display) {
        for (long done = 0; done <= FILES; done++) {
            display.progress(new WorkProgress("hashing", done, FILES, done * SIZE, FILES * SIZE));
        }
    }

    @Test
    void showsTheWorkOnOneLiveLineRedrawnPerPercentAndEndsWithAPlainLine() {
        hashTwoHundredFiles(display(TerminalOptions.When.ALWAYS, false));

        String shown = err.toString();
        assertThat(shown).contains("\rhashing: 0% (0 of 200 files, 0 B of 195.3 KB)\u001b[K")
                .contains("\rhashing: 50% (100 of 200 files, 97.7 KB of 195.3 KB)\u001b[K")
                .endsWith("\r\u001b[Khashing: 100% (200 of 200 files, 195.3 KB of 195.3 KB)" + System.lineSeparator());
        assertThat(shown.split("\r", -1)).as("one redraw per percent, not per file").hasSizeLessThanOrEqualTo(102);
    }

    @Test
    void writesAFewPlainLinesWhenNotATerminalNotOnePerFile() {
        hashTwoHundredFiles(display(TerminalOptions.When.NEVER, false));

        assertThat(err.toString()).doesNotContain("\r").doesNotContain("\u001b");
        assertThat(err.toString().lines()).containsExactly(
                "hashing: 0% (0 of 200 files, 0 B of 195.3 KB)",
                "hashing: 25% (50 of 200 files, 48.8 KB of 195.3 KB)",
                "hashing: 50% (100 of 200 files, 97.7 KB of 195.3 KB)",
                "hashing: 75% (150 of 200 files, 146.5 KB of 195.3 KB)",
                "hashing: 100% (200 of 200 files, 195.3 KB of 195.3 KB)");
    }

    @Test
    void showsNothingWhenQuietEvenOnATerminal() {
        hashTwoHundredFiles(display(TerminalOptions.When.ALWAYS, true));

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void startsAgainForTheNextTaskAndLeavesOutTotalsNotKnown() {
        WorkProgressDisplay display = display(TerminalOptions.When.NEVER, false);
        display.progress(new WorkProgress("hashing", 0, 0, 0, 0));
        display.progress(new WorkProgress("decrypting", 0, 4, 0, 0));
        display.progress(new WorkProgress("decrypting", 4, 4, 3 << 20, 0));

        assertThat(err.toString().lines()).containsExactly("hashing: 100% (0 files)",
                "decrypting: 0% (0 of 4 files)", "decrypting: 100% (4 of 4 files, 3.0 MB)");
    }
}
