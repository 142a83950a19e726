package org.spyglass.ios.preferences;

import org.spyglass.core.Level;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;

/** Reports whether Lockdown Mode is on or was turned off ({@code LDMGlobalEnabled}). */
final class GlobalPreferencesChecker implements Checker<GlobalPreference> {
    static final String LOCKDOWN_MODE = "LDMGlobalEnabled";

    static final Heuristic LOCKDOWN_ENABLED = new Heuristic("ios.global_preferences.lockdown-mode-enabled",
            Level.INFORMATIONAL,
            "Lockdown Mode is on. It is Apple's optional protection for people who may be targeted by mercenary "
                    + "spyware: it turns off message attachments, web technologies and connections that attacks "
                    + "have used, so far less of the phone can be attacked. It says nothing about what happened "
                    + "before it was turned on.");
    static final Heuristic LOCKDOWN_DISABLED = new Heuristic("ios.global_preferences.lockdown-mode-disabled",
            Level.LOW,
            "Lockdown Mode, Apple's protection for people at risk of mercenary spyware, was turned on at some "
                    + "point and is now off, so the phone is again exposed to the attacks it blocks. Owners often "
                    + "turn it off because it gets in the way; ask whether the owner did so. It is not a sign "
                    + "of infection.");

    @Override
    public void check(GlobalPreference preference, CheckContext context) {
        if (!LOCKDOWN_MODE.equals(preference.entry())) {
            return;
        }
        Boolean enabled = flag(preference.value());
        if (enabled == null) {
            return;
        }
        if (enabled) {
            context.heuristicAlert(LOCKDOWN_ENABLED, ".GlobalPreferences.plist: Lockdown Mode is enabled ("
                    + LOCKDOWN_MODE + " = true)", null, preference);
        } else {
            context.heuristicAlert(LOCKDOWN_DISABLED, ".GlobalPreferences.plist: Lockdown Mode was turned off ("
                    + LOCKDOWN_MODE + " = false)", null, preference);
        }
    }

    private static Boolean flag(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Long number) {
            return number != 0;
        }
        return null;
    }
}
