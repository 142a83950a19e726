package org.spyglass.ios.manifest;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches each row's absolute device path (component-aware, file names included) and the host names its path
 * spells out ({@link HostCandidates}) against the indicators; both HIGH, as in MVT: a backup file's name is a
 * strong lead but not the executable itself.
 */
final class ManifestChecker implements Checker<ManifestRecord> {

    @Override
    public void check(ManifestRecord record, CheckContext context) {
        String path = record.devicePath();
        if (path != null) {
            List<IndicatorMatch> matches = context.indicators().matchFilePath(path);
            if (!matches.isEmpty()) {
                context.indicatorAlert(Level.HIGH, "Found a known spyware file path in Manifest.db: " + path
                        + " (" + record.domain() + ", " + record.relativePath() + ") " + MatchText.of(matches),
                        record.eventTime(), record, matches);
            }
        } else if (record.relativePath() != null) {
            List<IndicatorMatch> matches = context.indicators().matchFileName(record.relativePath());
            if (!matches.isEmpty()) {
                context.indicatorAlert(Level.HIGH, "Found a known spyware file name in Manifest.db: "
                        + record.relativePath() + " " + MatchText.of(matches), record.eventTime(), record, matches);
            }
        }
        for (String host : HostCandidates.of(record.relativePath())) {
            List<IndicatorMatch> matches = context.indicators().matchHost(host);
            if (!matches.isEmpty()) {
                context.indicatorAlert(Level.HIGH, "Found mention of domain \"" + host + "\" in a backup file path "
                        + "in Manifest.db: " + record.relativePath() + " (" + record.domain() + ") "
                        + MatchText.of(matches), record.eventTime(), record, matches);
            }
        }
    }
}
