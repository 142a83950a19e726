package org.spyglass.ios.shortcuts;

import java.time.Instant;
import java.util.List;

/**
 * One shortcut of the Shortcuts app, with what its actions hold. Fields follow MVT's names.
 *
 * @param shortcutId        {@code ZSHORTCUT.Z_PK}
 * @param shortcutName      {@code ZNAME}
 * @param isodate           when it was created ({@code ZCREATIONDATE}), UTC; null when unset
 * @param modifiedDate      when it was last changed ({@code ZMODIFICATIONDATE}), UTC; null when unset
 * @param description       {@code ZACTIONSDESCRIPTION}, the summary the app shows
 * @param actionUrls        the distinct links found in the actions' parameters, in order
 * @param parsedActions     how many actions were read (MVT's count)
 * @param actionIdentifiers each action's {@code WFWorkflowActionIdentifier}, in order
 */
public record Shortcut(long shortcutId, String shortcutName, Instant isodate, Instant modifiedDate,
                       String description, List<String> actionUrls, int parsedActions,
                       List<String> actionIdentifiers) {
    public Shortcut {
        actionUrls = List.copyOf(actionUrls);
        actionIdentifiers = List.copyOf(actionIdentifiers);
        if (parsedActions < 0) {
            throw new IllegalArgumentException("parsedActions is a count: " + parsedActions);
        }
    }
}
