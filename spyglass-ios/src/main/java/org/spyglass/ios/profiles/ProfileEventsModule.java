package org.spyglass.ios.profiles;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;
import org.spyglass.ios.backup.BackupDomains;

/** The log of configuration profile installs and removals: processes and profile ids matched, each event listed. */
public final class ProfileEventsModule extends AbstractModule<ProfileEvent> {
    public static final String NAME = "profile_events";
    public static final String RELATIVE_PATH = "Library/ConfigurationProfiles/MCProfileEvents.plist";
    /**
     * The system-group copy (fileID aeb25de285ea542f7ac7c2070cddd1961e369df1 in the configuration profiles domain)
     * and, as MVT looks the relative path up in any domain, the copy older iOS versions kept in the home folder.
     */
    public static final List<String> PATHS = List.of(
            BackupDomains.devicePath(ConfigurationProfilesModule.DOMAIN, RELATIVE_PATH),
            BackupDomains.devicePath("HomeDomain", RELATIVE_PATH));

    public ProfileEventsModule() {
        super(NAME, ProfileEvent.class,
                "Configuration profile installs and removals (MCProfileEvents.plist): processes and profiles matched",
                Set.of(SourceKind.IOS_BACKUP), PATHS);
    }

    @Override
    public Parser<ProfileEvent> parser() {
        return new ProfileEventsParser();
    }

    @Override
    public Checker<ProfileEvent> checker() {
        return new ProfileEventsChecker();
    }

    @Override
    public TimelineMapper<ProfileEvent> timeline() {
        return new ProfileEventsTimeline();
    }

    /** The process that asked for a profile operation, at the operation's time. */
    @Override
    public ProcessExtractor<ProfileEvent> processes() {
        return (event, out) -> {
            String name = event.process();
            if (name != null && !name.isBlank()) {
                out.accept(new ProcessSighting(name, null, event.timestamp(),
                        ProcessSighting.EVENT, null));
            }
        };
    }
}
