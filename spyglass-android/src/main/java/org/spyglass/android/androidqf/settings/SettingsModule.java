package org.spyglass.android.androidqf.settings;

import java.util.List;
import org.spyglass.android.AppMatches;
import java.util.Set;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.UrlExtractor;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.source.SourceKind;

/**
 * The system, secure and global settings AndroidQF read ({@code settings_*.txt}): settings that weaken the phone's
 * defences flagged; links and hosts in values (private DNS, proxy) matched against domains, stalkerware C2 included.
 * No dates.
 */
public final class SettingsModule extends AbstractModule<AqfSetting> {
    public static final String NAME = "aqf_settings";
    public static final String PATH = AndroidqfSource.PREFIX + "settings_*.txt";
    public static final String URL_SOURCE = "android_settings";

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
        return (setting, context) -> {
            DangerousSettings.judge(setting.key(), setting.value()).ifPresent(danger ->
                    context.heuristicAlert(DANGEROUS, "Found a dangerous setting in " + setting.namespace()
                            + " settings: " + setting.key() + " = \"" + setting.value() + "\" (" + danger.meaning()
                            + "; the safe value is " + danger.safeValue() + ")", null, setting));
            for (String address : SettingAddresses.of(setting)) {
                List<IndicatorMatch> matches = SettingAddresses.isLink(address)
                        ? context.indicators().matchUrl(address) : context.indicators().matchHost(address);
                if (!matches.isEmpty()) {
                    context.indicatorAlert(AppMatches.level(matches), "Found a known malicious address in "
                            + setting.namespace() + " settings: " + setting.key() + " = \"" + setting.value()
                            + "\" " + MatchText.of(matches) + AppMatches.note(matches), null, setting, matches);
                }
            }
        };
    }

    /** The links and hosts settings name (see {@link SettingAddresses}), with source {@value #URL_SOURCE}. */
    @Override
    public UrlExtractor<AqfSetting> urls() {
        return (setting, out) -> SettingAddresses.of(setting).forEach(address ->
                out.accept(new UrlRecord(address, null, URL_SOURCE)));
    }
}
