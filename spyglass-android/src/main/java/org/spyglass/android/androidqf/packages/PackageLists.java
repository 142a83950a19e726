package org.spyglass.android.androidqf.packages;

import java.util.Set;

/**
 * The package names the heuristics of {@code aqf_packages} look for. The facts come from MVT's
 * {@code mvt/android/utils.py} (ROOT_PACKAGES, SECURITY_PACKAGES, SYSTEM_UPDATE_PACKAGES) and its
 * {@code aqf_packages} module (the installer lists); Magisk's current package name was added.
 */
final class PackageLists {
    /** Apps that grant or hide root, or patch apps (MVT ROOT_PACKAGES, plus {@code com.topjohnwu.magisk}). */
    static final Set<String> ROOT = Set.of(
            "com.noshufou.android.su", "com.noshufou.android.su.elite", "eu.chainfire.supersu",
            "com.koushikdutta.superuser", "com.thirdparty.superuser", "com.yellowes.su",
            "com.koushikdutta.rommanager", "com.koushikdutta.rommanager.license", "com.dimonvideo.luckypatcher",
            "com.chelpus.lackypatch", "com.ramdroid.appquarantine", "com.ramdroid.appquarantinepro",
            "com.devadvance.rootcloak", "com.devadvance.rootcloakplus", "de.robv.android.xposed.installer",
            "com.saurik.substrate", "com.zachspong.temprootremovejb", "com.amphoras.hidemyroot",
            "com.amphoras.hidemyrootadfree", "com.formyhm.hiderootPremium", "com.formyhm.hideroot",
            "me.phh.superuser", "eu.chainfire.supersu.pro", "com.kingouser.com", "com.topjohnwu.magisk");

    /** Vendor security agents (MVT SECURITY_PACKAGES). */
    static final Set<String> SECURITY = Set.of("com.policydm", "com.samsung.android.app.omcagent",
            "com.samsung.android.securitylogagent", "com.sec.android.soagent");

    /** System update clients (MVT SYSTEM_UPDATE_PACKAGES). */
    static final Set<String> SYSTEM_UPDATE = Set.of("com.android.updater", "com.google.android.gms",
            "com.huawei.android.hwouc", "com.lge.lgdmsclient", "com.motorola.ccc.ota", "com.oneplus.opbackup",
            "com.oppo.ota", "com.transsion.systemupdate", "com.wssyncmldm");

    /** The system's own package installers: an app they installed came from an APK file (MVT aqf_packages). */
    static final Set<String> PACKAGE_INSTALLERS = Set.of("com.google.android.packageinstaller",
            "com.android.packageinstaller");

    /** Alternative app stores (MVT aqf_packages). */
    static final Set<String> ALTERNATIVE_STORES = Set.of("com.aurora.store", "org.fdroid.fdroid");

    private PackageLists() {
    }
}
