package org.spyglass.cli.check;

import java.util.Objects;
import org.spyglass.core.ExitCode;
import org.spyglass.core.source.SourceKind;

/**
 * What one nested check (an AndroidQF acquisition's {@code bugreport.zip}, {@code backup.ab}, {@code intrusion_logs})
 * came to, for the main {@code summary.json}.
 *
 * @param kind            the nested evidence's kind
 * @param name            its name inside the evidence ({@code bugreport.zip})
 * @param results         its results folder, relative to the main one ({@code bugreport})
 * @param verdict         its verdict code, or null when it could not be checked
 * @param verdictSentence its verdict sentence, or the reason it could not be checked
 * @param exitCode        its exit code
 * @param warnings        how many warnings it had (1 when it could not be checked)
 */
public record NestedResult(SourceKind kind, String name, String results, String verdict, String verdictSentence,
                           ExitCode exitCode, long warnings) {
    public NestedResult {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(verdictSentence, "verdictSentence");
        Objects.requireNonNull(exitCode, "exitCode");
    }

    /** True when the nested check ran to its end. */
    public boolean checked() {
        return verdict != null;
    }
}
