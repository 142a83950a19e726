package org.spyglass.ios.preferences;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.SourceKind;

/** The phone-wide preferences (.GlobalPreferences.plist): Lockdown Mode reported. No times, so no timeline. */
public final class GlobalPreferencesModule extends AbstractModule<GlobalPreference> {
    public static final String NAME = "global_preferences";
    /**
     * HomeDomain {@code Library/Preferences/.GlobalPreferences.plist}, fileID
     * 0dc926a1810f7aee4e8f38793ed788701f93bf9d.
     */
    public static final String PATH = "/private/var/mobile/Library/Preferences/.GlobalPreferences.plist";

    public GlobalPreferencesModule() {
        super(NAME, GlobalPreference.class, "Phone-wide preferences (.GlobalPreferences.plist): Lockdown Mode reported",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    @Override
    public Parser<GlobalPreference> parser() {
        return new GlobalPreferencesParser();
    }

    @Override
    public Checker<GlobalPreference> checker() {
        return new GlobalPreferencesChecker();
    }
}
