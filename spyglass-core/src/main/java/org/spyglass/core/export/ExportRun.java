package org.spyglass.core.export;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the exports say about the run that raised the alerts.
 *
 * @param command  the command that checked the evidence ({@code ios check-backup})
 * @param evidence the evidence path, absolute
 * @param kind     the kind of evidence ({@code IOS_BACKUP}), or null when unknown
 * @param started  when the run started: the creation time of every exported object
 * @param device   what the evidence says about the device
 * @param verdict  the verdict sentence
 */
public record ExportRun(String command, String evidence, String kind, Instant started, Map<String, String> device,
                        String verdict) {
    public ExportRun {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(started, "started");
        device = Map.copyOf(device);
        Objects.requireNonNull(verdict, "verdict");
    }
}
