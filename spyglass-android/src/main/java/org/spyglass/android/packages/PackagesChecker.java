package org.spyglass.android.packages;

import java.util.List;
import java.util.Set;
import org.spyglass.android.AppMatches;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/** Matches each package as an app id (CRITICAL, MEDIUM for watchware) and flags known rooting apps. */
final class PackagesChecker implements Checker<InstalledPackage> {
    /** Apps that root the phone, hide root, or patch other apps (the list MVT checks). */
    static final Set<String> ROOT_PACKAGES = Set.of("com.noshufou.android.su", "com.noshufou.android.su.elite",
            "eu.chainfire.supersu", "eu.chainfire.supersu.pro", "com.koushikdutta.superuser",
            "com.thirdparty.superuser", "com.yellowes.su", "com.koushikdutta.rommanager",
            "com.koushikdutta.rommanager.license", "com.dimonvideo.luckypatcher", "com.chelpus.lackypatch",
            "com.ramdroid.appquarantine", "com.ramdroid.appquarantinepro", "com.devadvance.rootcloak",
            "com.devadvance.rootcloakplus", "de.robv.android.xposed.installer", "com.saurik.substrate",
            "com.zachspong.temprootremovejb", "com.amphoras.hidemyroot", "com.amphoras.hidemyrootadfree",
            "com.formyhm.hiderootPremium", "com.formyhm.hideroot", "me.phh.superuser", "com.kingouser.com",
            "com.topjohnwu.magisk");
    static final Heuristic ROOTING_APP = new Heuristic("android.dumpsys_packages.rooting-app", Level.MEDIUM,
            "An app that roots the phone (or hides root, or patches other apps) is installed. A rooted phone lets "
                    + "any app with root read everything, and some stalkerware needs it; its owner may also have "
                    + "rooted it on purpose.");

    @Override
    public void check(InstalledPackage app, CheckContext context) {
        List<IndicatorMatch> matches = context.indicators().matchAppId(app.packageName());
        if (!matches.isEmpty()) {
            context.indicatorAlert(AppMatches.level(matches), "Found a known malicious app installed: "
                    + app.packageName() + " " + MatchText.of(matches) + AppMatches.note(matches), app.firstInstall(),
                    app, matches);
        }
        if (ROOT_PACKAGES.contains(app.packageName())) {
            context.heuristicAlert(ROOTING_APP, "Found a rooting app installed: " + app.packageName(),
                    app.firstInstall(), app);
        }
    }
}
