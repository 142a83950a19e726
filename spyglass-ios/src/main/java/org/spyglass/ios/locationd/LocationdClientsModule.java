package org.spyglass.ios.locationd;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Clients of the location daemon (clients.plist): names, bundle ids and executable paths matched. */
public final class LocationdClientsModule extends AbstractModule<LocationdClient> {
    public static final String NAME = "locationd_clients";
    /**
     * RootDomain {@code Library/Caches/locationd/clients.plist} (fileID a690d7769cce8904ca2b67320b107c8fe5f79412),
     * and the mobile user's copy found in file-system dumps.
     */
    public static final List<String> PATHS = List.of("/private/var/root/Library/Caches/locationd/clients.plist",
            "/private/var/mobile/Library/Caches/locationd/clients.plist");

    public LocationdClientsModule() {
        super(NAME, LocationdClient.class,
                "Location clients (locationd clients.plist): names, bundle ids and executable paths matched",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), PATHS);
    }

    @Override
    public Parser<LocationdClient> parser() {
        return new LocationdClientsParser();
    }

    @Override
    public Checker<LocationdClient> checker() {
        return new LocationdClientsChecker();
    }

    @Override
    public TimelineMapper<LocationdClient> timeline() {
        return new LocationdClientsTimeline();
    }

    /**
     * Each client under the name its checker matches as a process (the key's last component, or the whole key for
     * a bundle id), once per time the entry records, the time's key as its kind.
     */
    @Override
    public ProcessExtractor<LocationdClient> processes() {
        return (client, out) -> {
            String name = client.processName();
            if (name.isBlank()) {
                return;
            }
            String path = client.clientPath() != null ? client.clientPath() : client.executable();
            List<LocationdClient.Stamp> stamps = client.stamps();
            if (stamps.isEmpty()) {
                out.accept(ProcessSighting.untimed(name, path, null));
            }
            for (LocationdClient.Stamp stamp : stamps) {
                out.accept(new ProcessSighting(name, path, stamp.time(), stamp.key(), null));
            }
        };
    }
}
