package org.spyglass.ios.backupinfo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.spyglass.core.Level;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;

/**
 * Says when the phone ran an iOS version older than one already released on the backup date, comparing versions
 * by number against {@link IosReleases}; a version newer than the table's newest is never called outdated. For a
 * model Apple stopped updating ({@link IosModels}), only the releases it could install count.
 */
final class BackupInfoChecker implements Checker<BackupInfoRecord> {
    static final String OUTDATED_ID = "ios.backup_info.outdated-ios";
    /** From this many days after the first missed update, the alert is MEDIUM instead of LOW. */
    static final int LONG_OUTDATED_DAYS = 90;

    static final Heuristic OUTDATED = new Heuristic(OUTDATED_ID, Level.LOW,
            "When the backup was made, the phone ran an iOS version older than one Apple had already released. "
                    + "Each iOS update closes security holes, some of them used by mercenary spyware, so an "
                    + "outdated phone stays open to attacks that are already known. It is not a sign of "
                    + "infection: it says the phone was easier to attack, not that it was attacked.");
    static final Heuristic LONG_OUTDATED = new Heuristic(OUTDATED_ID, Level.MEDIUM,
            "When the backup was made, the phone had missed iOS updates for " + LONG_OUTDATED_DAYS
                    + " days or more. Each update closes security holes, some of them used by mercenary "
                    + "spyware, so the phone stayed open for months to attacks that were already known and "
                    + "fixed. It is not a sign of infection: it says the phone was easier to attack, not that "
                    + "it was attacked. Update it, and if it can no longer be updated, consider replacing it.");

    private final IosReleases releases = IosReleases.known();

    @Override
    public void check(BackupInfoRecord record, CheckContext context) {
        Optional<IosVersion> version = IosVersion.parse(record.productVersion());
        if (version.isEmpty() || record.lastBackupDate() == null) {
            return;
        }
        LocalDate day = record.lastBackupDate().atZone(ZoneOffset.UTC).toLocalDate();
        Optional<IosModels.Model> model = IosModels.of(record.productType());
        int lastMajor = model.map(IosModels.Model::lastMajor).orElse(IosModels.CURRENT);
        releases.outdated(version.get(), day, lastMajor).ifPresent(outdated -> {
            long days = ChronoUnit.DAYS.between(outdated.firstMissed().released(), day);
            Heuristic heuristic = days >= LONG_OUTDATED_DAYS ? LONG_OUTDATED : OUTDATED;
            context.heuristicAlert(heuristic, message(version.get(), day, outdated, days, model),
                    record.lastBackupDate(), record);
        });
    }

    private String message(IosVersion version, LocalDate day,
                           IosReleases.Outdated outdated, long days, Optional<IosModels.Model> model) {
        IosRelease newest = outdated.newest();
        StringBuilder text = new StringBuilder("iOS ").append(version).append(" was outdated at the backup date ")
                .append(day).append(": ").append(newest.version()).append(" had been released on ")
                .append(newest.released());
        if (!outdated.firstMissed().equals(newest)) {
            text.append("; updates had been available since ").append(outdated.firstMissed().version())
                    .append(" on ").append(outdated.firstMissed().released()).append(", ");
        } else {
            text.append(", ");
        }
        text.append(days).append(days == 1 ? " day" : " days").append(" before the backup");
        boolean newerMajorExists = releases.newestAt(day)
                .filter(r -> r.version().major() > newest.version().major()).isPresent();
        if (model.isPresent() && model.get().lastMajor() != IosModels.CURRENT && newerMajorExists) {
            text.append(" (").append(newest.version()).append(" is the newest line an ")
                    .append(model.get().name()).append(" can run)");
        }
        return text.toString();
    }
}
