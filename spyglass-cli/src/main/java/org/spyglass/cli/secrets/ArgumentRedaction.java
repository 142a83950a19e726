package org.spyglass.cli.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * Hides the values of the password options in a command line before it is recorded (command.log, info.json):
 * {@code -p VALUE}, {@code --password VALUE}, {@code --password=VALUE}, {@code -pVALUE}, {@code -p=VALUE} and
 * {@code -p} at the end of a cluster of one-letter flags ({@code -Hp VALUE}, {@code -HpVALUE}). It errs on the side
 * of hiding: an argument that only looks like one of these forms is hidden too.
 */
public final class ArgumentRedaction {
    /** What stands in for a hidden value. */
    public static final String HIDDEN = "********";

    private ArgumentRedaction() {
    }

    public static List<String> redact(List<String> arguments) {
        List<String> redacted = new ArrayList<>(arguments.size());
        boolean hideNext = false;
        for (String argument : arguments) {
            if (hideNext) {
                redacted.add(HIDDEN);
                hideNext = false;
            } else if (argument.equals("--")) {
                redacted.add(argument);
            } else if (argument.equals(PasswordOptions.LONG_PASSWORD)) {
                redacted.add(argument);
                hideNext = true;
            } else if (argument.startsWith(PasswordOptions.LONG_PASSWORD + "=")) {
                redacted.add(PasswordOptions.LONG_PASSWORD + "=" + HIDDEN);
            } else if (argument.startsWith("-") && !argument.startsWith("--")) {
                int p = passwordFlag(argument);
                if (p < 0) {
                    redacted.add(argument);
                } else if (p == argument.length() - 1) {
                    redacted.add(argument);
                    hideNext = true;
                } else {
                    redacted.add(argument.substring(0, p + 1) + HIDDEN);
                }
            } else {
                redacted.add(argument);
            }
        }
        return List.copyOf(redacted);
    }

    /** Where {@code p} stands in a cluster of one-letter options ({@code -Hp…}), or -1. */
    private static int passwordFlag(String argument) {
        char flag = PasswordOptions.SHORT_PASSWORD.charAt(1);
        for (int i = 1; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == flag) {
                return i;
            }
            if (!Character.isLetter(c)) {
                return -1;
            }
        }
        return -1;
    }
}
