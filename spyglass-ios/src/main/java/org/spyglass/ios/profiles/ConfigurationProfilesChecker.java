package org.spyglass.ios.profiles;

import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches each profile's id against the indicators and flags profiles whose payloads can hide notifications, make
 * the phone trust a new root certificate, or send its traffic through someone else's server.
 */
final class ConfigurationProfilesChecker implements Checker<ConfigurationProfile> {
    static final String NOTIFICATION_SETTINGS = "com.apple.notificationsettings";
    static final String ROOT_CERTIFICATE = "com.apple.security.root";
    static final List<String> TRAFFIC_PAYLOADS = List.of("com.apple.vpn.managed", "com.apple.vpn.managed.applayer",
            "com.apple.proxy.http.global", "com.apple.dnsSettings.managed");

    static final Heuristic HIDES_NOTIFICATIONS = new Heuristic(
            "ios.configuration_profiles.notification-settings", Level.MEDIUM,
            "This configuration profile changes notification settings, which can silence or hide the alerts of "
                    + "chosen apps; an attacker can use it so that the owner does not see warnings, and MVT flags "
                    + "such profiles for that reason. Employers and schools also install them, so ask who "
                    + "installed it before drawing a conclusion.");
    static final Heuristic ROOT_CERTIFICATE_INSTALLED = new Heuristic(
            "ios.configuration_profiles.root-certificate", Level.MEDIUM,
            "This configuration profile installs a root certificate. Once the phone trusts it, whoever holds the "
                    + "certificate's key can read and alter the phone's encrypted web traffic. Companies install "
                    + "such certificates on work phones (mobile device management); on a personal phone it is "
                    + "unexpected and worth asking the owner about. It does not prove that traffic was read.");
    static final Heuristic TRAFFIC_REDIRECT = new Heuristic(
            "ios.configuration_profiles.traffic-redirect", Level.LOW,
            "This configuration profile sets up a VPN, a global web proxy or a DNS server, so some or all of the "
                    + "phone's traffic goes through a server chosen by whoever made the profile. VPN services, ad "
                    + "blockers and employers install such profiles routinely; on a personal phone whose owner "
                    + "does not know it, it deserves a look. It proves nothing on its own.");

    @Override
    public void check(ConfigurationProfile profile, CheckContext context) {
        if (profile.payloadUuid() != null) {
            List<IndicatorMatch> matches = context.indicators().matchProfileId(profile.payloadUuid());
            if (!matches.isEmpty()) {
                context.indicatorAlert(Level.CRITICAL, "Found a known spyware configuration profile in "
                        + profile.path() + ": " + describe(profile) + " " + MatchText.of(matches),
                        profile.installDate(), profile, matches);
            }
        }
        if (profile.hasPayload(NOTIFICATION_SETTINGS)) {
            context.heuristicAlert(HIDES_NOTIFICATIONS, "Configuration profile " + describe(profile)
                    + " changes notification settings (" + NOTIFICATION_SETTINGS + ")", profile.installDate(),
                    profile);
        }
        if (profile.hasPayload(ROOT_CERTIFICATE)) {
            context.heuristicAlert(ROOT_CERTIFICATE_INSTALLED, "Configuration profile " + describe(profile)
                    + " installs a root certificate (" + ROOT_CERTIFICATE + ")", profile.installDate(), profile);
        }
        List<String> traffic = profile.payloadTypes().stream().filter(TRAFFIC_PAYLOADS::contains).distinct()
                .toList();
        if (!traffic.isEmpty()) {
            context.heuristicAlert(TRAFFIC_REDIRECT, "Configuration profile " + describe(profile)
                    + " routes traffic through a VPN, proxy or DNS server (" + String.join(", ", traffic) + ")",
                    profile.installDate(), profile);
        }
    }

    /** {@code 76DAB334-… ("Name", com.example.id)}. */
    static String describe(ConfigurationProfile profile) {
        StringBuilder text = new StringBuilder(profile.payloadUuid() == null ? "without id" : profile.payloadUuid());
        if (profile.payloadDisplayName() != null || profile.payloadIdentifier() != null) {
            text.append(" (");
            if (profile.payloadDisplayName() != null) {
                text.append('"').append(profile.payloadDisplayName()).append('"');
            }
            if (profile.payloadIdentifier() != null) {
                text.append(profile.payloadDisplayName() != null ? ", " : "").append(profile.payloadIdentifier());
            }
            text.append(')');
        }
        return text.toString();
    }
}
