package org.spyglass.android.androidqf.packages;

import java.util.List;
import java.util.function.Function;
import org.spyglass.android.AppMatches;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.MatchText;

/**
 * Matches each package's name (app ids), its files' SHA-256 (file hashes) and its certificates' MD5, SHA-1 and
 * SHA-256 (app certificate hashes), one alert per observed value at {@link AppMatches}; then the heuristics of
 * {@link PackagesModule}.
 */
final class PackagesChecker implements Checker<AqfPackage> {

    @Override
    public void check(AqfPackage pkg, CheckContext context) {
        match(context, pkg, context.indicators().matchAppId(pkg.name()), "Found a known malicious app installed: "
                + pkg.name());
        for (PackageFile file : pkg.files()) {
            hash(context, pkg, file.sha256(), context.indicators()::matchFileHash, "an APK file of "
                    + pkg.name() + " (" + file.path() + ") has a known malicious SHA-256 " + file.sha256());
            for (String cert : new String[] {file.certMd5(), file.certSha1(), file.certSha256()}) {
                hash(context, pkg, cert, context.indicators()::matchAppCertHash, pkg.name() + " (" + file.path()
                        + ") is signed with a known malicious certificate " + cert);
            }
        }
        heuristics(pkg, context);
    }

    private static void hash(CheckContext context, AqfPackage pkg, String value,
                             Function<String, List<IndicatorMatch>> matcher, String message) {
        if (value != null) {
            match(context, pkg, matcher.apply(value), "Found a known malicious app: " + message);
        }
    }

    private static void match(CheckContext context, AqfPackage pkg, List<IndicatorMatch> matches, String message) {
        if (!matches.isEmpty()) {
            context.indicatorAlert(AppMatches.level(matches), message + " " + MatchText.of(matches)
                    + AppMatches.note(matches), null, pkg, matches);
        }
    }

    private static void heuristics(AqfPackage pkg, CheckContext context) {
        if (PackageLists.ROOT.contains(pkg.name())) {
            context.heuristicAlert(PackagesModule.ROOT_APP, "A rooting or root-hiding app is installed: " + pkg.name(),
                    null, pkg);
        }
        if (pkg.disabled() && (PackageLists.SECURITY.contains(pkg.name())
                || PackageLists.SYSTEM_UPDATE.contains(pkg.name()))) {
            context.heuristicAlert(PackagesModule.DISABLED_SECURITY, "A security or system-update package is "
                    + "disabled: " + pkg.name(), null, pkg);
        }
        if (pkg.system()) {
            return;
        }
        if (pkg.installer() == null) {
            context.heuristicAlert(PackagesModule.SIDELOADED, pkg.name() + " was installed through adb (sideloaded): "
                    + "it has no installer and is not a system package", null, pkg);
        } else if (PackageLists.PACKAGE_INSTALLERS.contains(pkg.installer())) {
            context.heuristicAlert(PackagesModule.SIDELOADED, pkg.name() + " was installed from an APK file "
                    + "(sideloaded) by " + pkg.installer(), null, pkg);
        } else if (PackageLists.ALTERNATIVE_STORES.contains(pkg.installer())) {
            context.heuristicAlert(PackagesModule.ALTERNATIVE_STORE, pkg.name() + " was installed from an "
                    + "alternative app store: " + pkg.installer(), null, pkg);
        }
    }
}
