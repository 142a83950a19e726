package org.spyglass.android.androidqf.settings;

import java.util.Map;
import java.util.Optional;

/**
 * The settings that weaken the phone's defences when changed from their safe value, with what the change means. The
 * list and the safe values are those of MVT's {@code mvt/android/modules/androidqf/aqf_settings.py} (via
 * {@code ANDROID_DANGEROUS_SETTINGS}).
 */
final class DangerousSettings {

    /** A setting's safe value and what another value means. */
    record Danger(String safeValue, String meaning) {
    }

    private static final Map<String, Danger> SETTINGS = Map.of(
            "verifier_verify_adb_installs", new Danger("1", "disabled the verification of apps installed through adb"),
            "package_verifier_enable", new Danger("1", "disabled Google Play Protect"),
            "package_verifier_state", new Danger("1", "disabled APK package verification"),
            "package_verifier_user_consent", new Danger("1", "disabled Google Play Protect"),
            "upload_apk_enable", new Danger("1", "disabled Google Play Protect's upload of unknown apps"),
            "adb_install_need_confirm", new Danger("1", "disabled the confirmation of apps installed through adb"),
            "send_security_reports", new Danger("1", "disabled the sharing of security reports"),
            "samsung_errorlog_agree", new Danger("1", "disabled the sharing of crash logs with the manufacturer"),
            "send_action_app_error", new Danger("1", "disabled app error reports"),
            "accessibility_enabled", new Danger("0", "enabled accessibility services"));

    private DangerousSettings() {
    }

    /** What the setting's value means when the key is a dangerous setting not at its safe value; else empty. */
    static Optional<Danger> judge(String key, String value) {
        Danger danger = SETTINGS.get(key);
        return danger == null || danger.safeValue().equals(value.strip()) ? Optional.empty() : Optional.of(danger);
    }
}
