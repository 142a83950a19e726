package org.spyglass.ios.sysdiagnose.installations;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the installd messages that name an app being installed, updated or uninstalled, in the first line of
 * an entry after its date, pid and level. Each pattern's first group is the bundle id, its second (when present) the
 * container path.
 */
final class InstallMessages {
    private static final Pattern BUNDLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");
    private static final String ID = "([^\\s;>)]+)";
    private static final String PATH = "(/.*\\S)";
    private static final List<Rule> RULES = List.of(
            new Rule(InstallAction.INSTALLING, Pattern.compile("Installing <\\w+ ID=" + ID)),
            new Rule(InstallAction.INSTALL_SUCCESSFUL, Pattern.compile("Install Successful for \\((?:\\w+:)?" + ID
                    + "\\)")),
            new Rule(InstallAction.DELTA_UPDATE, Pattern.compile("Attempting Delta patch update of " + ID
                    + " from " + PATH)),
            new Rule(InstallAction.UNINSTALLING, Pattern.compile("Uninstalling identifier " + ID)),
            new Rule(InstallAction.CONTAINER_LIVE, Pattern.compile("Made container live for " + ID + " at " + PATH)),
            new Rule(InstallAction.DATA_CONTAINER_MOVED, Pattern.compile("Data container for " + ID
                    + " is now at " + PATH)),
            new Rule(InstallAction.CONTAINER_DESTROYED, Pattern.compile("Destroying container with identifier " + ID
                    + " at " + PATH)));

    private InstallMessages() {
    }

    /** The install step a message names, or empty when it names none or its bundle id is not one. */
    static Optional<Found> read(String message) {
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(message);
            if (m.find()) {
                String bundleId = m.group(1);
                if (!BUNDLE_ID.matcher(bundleId).matches()) {
                    return Optional.empty();
                }
                return Optional.of(new Found(rule.action(), bundleId, m.groupCount() > 1 ? m.group(2) : null));
            }
        }
        return Optional.empty();
    }

    /** What one message names. */
    record Found(InstallAction action, String bundleId, String containerPath) {
    }

    private record Rule(InstallAction action, Pattern pattern) {
    }
}
