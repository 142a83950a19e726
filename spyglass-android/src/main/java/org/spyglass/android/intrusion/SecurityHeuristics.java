package org.spyglass.android.intrusion;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.spyglass.core.Level;
import org.spyglass.core.module.Heuristic;

/** The security events worth a look whatever the indicators say, each with its level and why. */
final class SecurityHeuristics {
    static final Heuristic CA_INSTALLED = new Heuristic("android.intrusion.cert-authority-installed", Level.MEDIUM,
            "A certificate authority was added to the phone's trusted certificates. Whoever holds its key can read "
                    + "the phone's encrypted traffic, as some stalkerware does; a user may also have installed it "
                    + "knowingly, for a work network or a VPN.");
    static final Heuristic CERT_VALIDATION = new Heuristic("android.intrusion.cert-validation-failure", Level.MEDIUM,
            "A certificate failed to validate (for example a Wi-Fi network's). It may be a misconfigured network, or "
                    + "someone trying to intercept the phone's traffic.");
    static final Heuristic KEY_INTEGRITY = new Heuristic("android.intrusion.key-integrity-violation", Level.MEDIUM,
            "A key kept by the phone's key store failed its integrity check: the key store may have been tampered "
                    + "with, or its storage is damaged.");
    static final Heuristic WIPE_FAILURE = new Heuristic("android.intrusion.wipe-failure", Level.MEDIUM,
            "The phone tried to erase its data and failed, so data meant to be wiped (after too many wrong "
                    + "unlock attempts, or on request) may still be there; tampering can cause this.");
    static final Heuristic SELF_TEST_FAILED = new Heuristic("android.intrusion.crypto-self-test-failed", Level.MEDIUM,
            "The phone's cryptography module failed its self-test at start-up; a modified system can cause this.");
    static final Heuristic LOGGING_STOPPED = new Heuristic("android.intrusion.logging-stopped", Level.MEDIUM,
            "Security logging was stopped: what happened until it restarted is not in the logs. The owner may have "
                    + "turned Intrusion Logging off, or someone may have done so to hide what they did.");
    static final Heuristic BUFFER_CRITICAL = new Heuristic("android.intrusion.log-buffer-critical", Level.LOW,
            "The security log buffer was nearly full: older events may have been lost before they were exported.");
    static final Heuristic ADB_CHANGE = new Heuristic("android.intrusion.adb-shell-change", Level.MEDIUM,
            "Someone connected over USB debugging (adb) ran a command that installs an app, grants a permission or "
                    + "changes a setting: stalkerware is often planted this way by someone holding the phone. "
                    + "Forensic acquisition tools run adb commands too, but they only read.");
    static final Heuristic ADB_PUSH_APP = new Heuristic("android.intrusion.adb-push-app", Level.MEDIUM,
            "A file was copied onto the phone over USB debugging (adb push) as an app package or into "
                    + "/data/local/tmp/, the usual way to install or run a tool on the phone from a computer.");

    /** adb shell commands that change the phone rather than read it. */
    private static final Pattern CHANGING_COMMAND = Pattern.compile("\\b(pm|cmd\\s+package)\\s+(install\\S*|grant"
            + "|disable\\S*|hide|uninstall|set-home-activity)\\b|\\bappops\\s+set\\b|\\bsettings\\s+put\\b"
            + "|\\bdpm\\s+set-|\\bcmd\\s+appops\\s+set\\b");

    private SecurityHeuristics() {
    }

    /** The heuristic an event raises with a one-line description of what was seen, if any. */
    static Optional<Finding> judge(IntrusionSecurityEvent event) {
        return switch (event.tag()) {
            case "cert_authority_installed" -> Boolean.FALSE.equals(event.flag("success")) ? Optional.empty()
                    : found(CA_INSTALLED, "A certificate authority was installed: " + orUnknown(event.text("subject")));
            case "cert_validation_failure" -> found(CERT_VALIDATION, "A certificate failed to validate: "
                    + orUnknown(firstText(event, "failure_reason", "reason", "value")));
            case "key_integrity_violation" -> found(KEY_INTEGRITY, "A key store key failed its integrity check: "
                    + orUnknown(firstText(event, "key_alias", "key_id", "alias")));
            case "wipe_failure" -> found(WIPE_FAILURE, "The phone failed to wipe its data");
            case "crypto_self_test_completed" -> Boolean.FALSE.equals(event.flag("success"))
                    ? found(SELF_TEST_FAILED, "The cryptography self-test failed") : Optional.empty();
            case "logging_stopped" -> found(LOGGING_STOPPED, "Security logging was stopped");
            case "log_buffer_size_critical" -> found(BUFFER_CRITICAL, "The security log buffer was nearly full");
            case "adb_shell_cmd" -> changingCommand(event.text("command"))
                    .flatMap(command -> found(ADB_CHANGE, "A command changing the phone was run over adb: " + command));
            case "adb_sync_send_file" -> pushedApp(event.text("path"))
                    .flatMap(path -> found(ADB_PUSH_APP, "A file was pushed onto the phone over adb: " + path));
            default -> Optional.empty();
        };
    }

    private static Optional<String> changingCommand(String command) {
        return command != null && CHANGING_COMMAND.matcher(command.toLowerCase(Locale.ROOT)).find()
                ? Optional.of(command) : Optional.empty();
    }

    private static Optional<String> pushedApp(String path) {
        return path != null && (path.toLowerCase(Locale.ROOT).endsWith(".apk") || path.startsWith("/data/local/tmp/"))
                ? Optional.of(path) : Optional.empty();
    }

    private static String firstText(IntrusionSecurityEvent event, String... fields) {
        return List.of(fields).stream().map(event::text).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse(null);
    }

    private static String orUnknown(String text) {
        return text == null || text.isBlank() ? "(not named)" : text;
    }

    private static Optional<Finding> found(Heuristic heuristic, String message) {
        return Optional.of(new Finding(heuristic, message));
    }

    /** A heuristic raised, with its message. */
    record Finding(Heuristic heuristic, String message) {
    }
}
