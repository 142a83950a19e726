package org.spyglass.android.androidqf.packages;

import java.util.List;
import java.util.Set;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.core.Level;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.SourceKind;

/**
 * The installed packages AndroidQF listed ({@code packages.json}): names, APK hashes and signing certificates
 * matched; sideloaded apps, alternative stores, root apps and disabled security packages flagged. No dates, so
 * nothing on the timeline.
 */
public final class PackagesModule extends AbstractModule<AqfPackage> {
    public static final String NAME = "aqf_packages";
    public static final String PATH = AndroidqfSource.PREFIX + "packages.json";

    static final Heuristic SIDELOADED = new Heuristic("android.aqf_packages.sideloaded", Level.MEDIUM,
            "The app was not installed from an app store but from an APK file, by the package installer or through "
                    + "adb from a computer: spyware is often installed this way by someone holding the phone. Many "
                    + "legitimate apps are sideloaded too.");
    static final Heuristic ALTERNATIVE_STORE = new Heuristic("android.aqf_packages.alternative-store",
            Level.INFORMATIONAL, "The app came from an alternative app store (F-Droid, Aurora), which reviews apps "
                    + "less than Google Play; this is common and not suspicious by itself.");
    static final Heuristic ROOT_APP = new Heuristic("android.aqf_packages.root-app", Level.MEDIUM,
            "An app that grants or hides root access is installed: a rooted phone lets any app with root read "
                    + "everything, and some spyware needs it. The owner may have rooted the phone on purpose.");
    static final Heuristic DISABLED_SECURITY = new Heuristic("android.aqf_packages.disabled-security",
            Level.MEDIUM, "A vendor security agent or system-update package is disabled, which keeps the phone "
                    + "from receiving fixes or security checks; spyware operators do this, but so do some users.");

    public PackagesModule() {
        super(NAME, AqfPackage.class, "Installed packages listed by AndroidQF (packages.json): names, APK hashes and "
                + "certificates matched; sideloading, root apps, disabled security packages flagged",
                Set.of(SourceKind.ANDROID_ANDROIDQF), List.of(PATH));
    }

    @Override
    public Parser<AqfPackage> parser() {
        return new PackagesParser();
    }

    @Override
    public Checker<AqfPackage> checker() {
        return new PackagesChecker();
    }
}
