package org.spyglass.ios.profiles;

import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** {@code configuration_profile_install} at the install date, worded as MVT's. */
final class ConfigurationProfilesTimeline implements TimelineMapper<ConfigurationProfile> {
    private final String module;

    ConfigurationProfilesTimeline(String module) {
        this.module = module;
    }

    @Override
    public void map(ConfigurationProfile profile, Consumer<TimelineEvent> out) {
        if (profile.installDate() != null) {
            out.accept(new TimelineEvent(profile.installDate(), module,
                    "configuration_profile_install", profile.payloadType() + " installed: " + profile.payloadUuid()
                    + " - " + profile.payloadDisplayName() + ": " + profile.payloadDescription()));
        }
    }
}
