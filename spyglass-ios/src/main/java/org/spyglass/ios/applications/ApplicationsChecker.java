package org.spyglass.ios.applications;

import java.util.List;
import java.util.Set;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches each app's bundle id against process-name and app-id indicators, and flags apps that neither the App
 * Store nor device management installed.
 */
final class ApplicationsChecker implements Checker<ApplicationRecord> {
    /** Installers that mean the App Store or device management (MDM); a missing sourceApp counts as the store. */
    static final Set<String> STORE_INSTALLERS = Set.of("com.apple.AppStore",
            "com.apple.AppStore.ProductPageExtension", "com.apple.dmd", "dmd");

    static final Heuristic NOT_FROM_APP_STORE = new Heuristic("ios.applications.not-from-app-store", Level.MEDIUM,
            "iOS records which app installed each app. This one came neither from the App Store nor from device "
                    + "management (MDM) but from another installer: TestFlight, an enterprise or developer "
                    + "certificate, or an alternative app marketplace. Such apps skip the App Store review, "
                    + "which is why spyware has used enterprise certificates, but they are also legitimate for "
                    + "testers, companies and people in the EU. Check that the owner knows and wants this app.");

    @Override
    public void check(ApplicationRecord app, CheckContext context) {
        String bundleId = app.softwareVersionBundleId();
        String artifact = app.filePath() != null ? app.filePath() : "the backup's Info.plist";
        if (bundleId != null) {
            List<IndicatorMatch> processes = context.indicators().matchProcess(bundleId);
            if (!processes.isEmpty()) {
                context.indicatorAlert(Level.CRITICAL, "Found an installed app whose bundle id is a known spyware "
                        + "process name in " + artifact + ": " + bundleId + " " + MatchText.of(processes),
                        app.isodate(), app, processes);
            }
            List<IndicatorMatch> apps = context.indicators().matchAppId(bundleId);
            if (!apps.isEmpty()) {
                context.indicatorAlert(Level.CRITICAL, "Found a known spyware app installed, in " + artifact + ": "
                        + bundleId + " " + MatchText.of(apps), app.isodate(), app, apps);
            }
        }
        String installer = app.sourceApp();
        if (installer != null && !STORE_INSTALLERS.contains(installer)) {
            context.heuristicAlert(NOT_FROM_APP_STORE, "App " + app.label()
                    + (app.itemName() == null ? "" : " (\"" + app.itemName() + "\")")
                    + " was not installed from the App Store or by device management: " + artifact
                    + " names its installer " + installer, app.isodate(), app);
        }
    }
}
