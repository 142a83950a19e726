package org.spyglass.ios.tcc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.MatchText;

/**
 * Matches each client against the process, app-id and (for programs named by path) file-path indicators, one alert
 * per client carrying every match, and flags microphone or camera grants to a client that is not an app.
 */
final class TccChecker implements Checker<TccAccess> {
    static final Heuristic MEDIA_GRANT_TO_NON_APP = new Heuristic("ios.tcc.media-grant-to-non-app", Level.MEDIUM,
            "On an iPhone, apps receive microphone and camera permission under their bundle identifier (such as "
                    + "com.example.app). This permission was given to a program named by its file path or by a bare "
                    + "name instead, which is how a program installed outside the App Store, for instance by an "
                    + "exploit, would appear. Some Apple components can appear this way too, so it is a lead for an "
                    + "expert, not proof of spyware.");

    private static final Set<String> MEDIA = Set.of("kTCCServiceMicrophone", "kTCCServiceCamera");

    @Override
    public void check(TccAccess access, CheckContext context) {
        String client = access.client();
        if (client == null || client.isBlank()) {
            return;
        }
        List<String> kinds = new ArrayList<>(3);
        List<IndicatorMatch> matches = new ArrayList<>();
        add(kinds, matches, "process", context.indicators().matchProcess(client));
        add(kinds, matches, "app", context.indicators().matchAppId(client));
        if (client.startsWith("/")) {
            add(kinds, matches, "file", context.indicators().matchFilePath(client));
        }
        if (!matches.isEmpty()) {
            context.indicatorAlert(Level.CRITICAL, "Found a known spyware " + String.join(" and ", kinds)
                    + " in the privacy permissions (TCC.db): " + access.serviceName() + " access " + access.decision()
                    + " to " + client + " " + MatchText.of(matches), access.lastModified(), access, matches);
        }
        if (MEDIA.contains(access.service()) && access.granted() && !isBundleId(access)) {
            context.heuristicAlert(MEDIA_GRANT_TO_NON_APP, access.serviceName() + " access "
                    + access.decision() + " to " + client + ", which is not an app's bundle identifier",
                    access.lastModified(), access);
        }
    }

    private static boolean isBundleId(TccAccess access) {
        String client = access.client();
        return !TccAccess.ABSOLUTE_PATH.equals(access.clientType()) && !client.startsWith("/")
                && client.indexOf('.') > 0;
    }

    private static void add(List<String> kinds, List<IndicatorMatch> all, String kind, List<IndicatorMatch> found) {
        if (!found.isEmpty()) {
            kinds.add(kind);
            all.addAll(found);
        }
    }
}
