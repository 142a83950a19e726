package org.spyglass.ios.profiles;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.backup.BackupDomains;

/** Installed configuration profiles: ids matched, notification, certificate and traffic payloads flagged. */
public final class ConfigurationProfilesModule extends AbstractModule<ConfigurationProfile> {
    public static final String NAME = "configuration_profiles";
    /** The backup domain that holds the profiles and their event log. */
    public static final String DOMAIN = "SysSharedContainerDomain-systemgroup.com.apple.configurationprofiles";
    /** Every file of the domain whose name starts with {@code profile-}, at any depth (as MVT selects them). */
    public static final String PROFILES = BackupDomains.root(DOMAIN) + "/**/profile-*";

    public ConfigurationProfilesModule() {
        super(NAME, ConfigurationProfile.class,
                "Installed configuration profiles: ids matched; notification, root-certificate and VPN/proxy "
                        + "payloads flagged",
                Set.of(SourceKind.IOS_BACKUP), List.of(PROFILES));
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
