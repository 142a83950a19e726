package org.spyglass.android.androidqf.settings;

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
 * The system, secure and global settings AndroidQF read ({@code settings_*.txt}): settings that weaken the phone's
 * defences flagged. No indicators apply, and there are no dates.
 */
public final class SettingsModule extends AbstractModule<AqfSetting> {
    public static final String NAME = "aqf_settings";
    public static final String PATH = AndroidqfSource.PREFIX + "settings_*.txt";

    static final Heuristic DANGEROUS = new Heuristic("android.aqf_settings.dangerous-setting", Level.MEDIUM,
            "A setting that protects the phone (Play Protect, verification of sideloaded apps, security reports) "
                    + "is off, or accessibility services are on: spyware installers turn these off, and "
                    + "accessibility lets an app read the screen. Users and some legitimate apps change them too.");

    public SettingsModule() {
        super(NAME, AqfSetting.class, "Settings read by AndroidQF (settings_*.txt): settings that weaken the phone's "
                + "defences flagged", Set.of(SourceKind.ANDROID_ANDROIDQF), List.of(PATH));
    }

    @Override
    public Parser<AqfSetting> parser() {
        return new SettingsParser();
    }

    @Override
    public Checker<AqfSetting> checker() {
        return (setting, context) -> DangerousSettings.judge(setting.key(), setting.value()).ifPresent(danger ->
                context.heuristicAlert(DANGEROUS, "Found a dangerous setting in " + setting.namespace()
                        + " settings: " + setting.key() + " = \"" + setting.value() + "\" (" + danger.meaning()
                        + "; the safe value is " + danger.safeValue() + ")", null, setting));
    }
}
