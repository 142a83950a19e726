package org.spyglass.ios.profiles;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/**
 * The configuration profiles a sysdiagnose lists: the profile stubs of {@code logs/MCState/Shared/}, plists with the
 * keys of the installed profiles a backup holds, read and checked as {@link ConfigurationProfilesModule} does them.
 */
public final class SysdiagnoseProfilesModule extends AbstractModule<ConfigurationProfile> {
    public static final String NAME = "sysdiagnose_profiles";
    /** The profile stubs, one plist per installed profile. */
    public static final String STUBS = "/sysdiagnose/logs/MCState/Shared/profile-*.stub";

    public SysdiagnoseProfilesModule() {
        super(NAME, ConfigurationProfile.class,
                "Configuration profiles listed in a sysdiagnose (MCState profile stubs): ids matched; notification, "
                        + "root-certificate and VPN/proxy payloads flagged",
                Set.of(SourceKind.IOS_SYSDIAGNOSE), List.of(STUBS));
    }

    @Override
    public Parser<ConfigurationProfile> parser() {
        return new ConfigurationProfilesParser();
    }

    @Override
    public Checker<ConfigurationProfile> checker() {
        return new ConfigurationProfilesChecker();
    }

    @Override
    public TimelineMapper<ConfigurationProfile> timeline() {
        return new ConfigurationProfilesTimeline(NAME);
    }
}
