package org.spyglass.ios.tcc;

import java.util.List;
import java.util.Set;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.ProcessExtractor;
import org.spyglass.core.module.ProcessSighting;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.source.SourceKind;

/** Privacy permissions (TCC.db): clients matched, microphone and camera grants to non-apps flagged. */
public final class TccModule extends AbstractModule<TccAccess> {
    public static final String NAME = "tcc";
    /** HomeDomain {@code Library/TCC/TCC.db}, fileID 64d0019cb3d46bfc8cce545a8ba54b93e7ea9347. */
    public static final String PATH = "/private/var/mobile/Library/TCC/TCC.db";

    public TccModule() {
        super(NAME, TccAccess.class,
                "Privacy permissions (TCC.db): clients matched, microphone and camera grants to non-apps flagged",
                Set.of(SourceKind.IOS_BACKUP, SourceKind.IOS_FILESYSTEM), List.of(PATH));
    }

    @Override
    public Parser<TccAccess> parser() {
        return new TccParser();
    }

    @Override
    public Checker<TccAccess> checker() {
        return new TccChecker();
    }

    @Override
    public TimelineMapper<TccAccess> timeline() {
        return new TccTimeline();
    }

    /** Each client that is a program rather than an app's bundle id, at the time its row last changed. */
    @Override
    public ProcessExtractor<TccAccess> processes() {
        return (access, out) -> {
            String client = access.client();
            if (client == null || !TccAccess.ABSOLUTE_PATH.equals(access.clientType())) {
                return;
            }
            String name = ProcessSighting.baseName(client);
            if (name != null) {
                out.accept(new ProcessSighting(name, client.startsWith("/") ? client : null, access.lastModified(),
                        ProcessSighting.MODIFIED, PATH));
            }
        };
    }
}
