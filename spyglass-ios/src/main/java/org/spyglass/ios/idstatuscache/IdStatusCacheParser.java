package org.spyglass.ios.idstatuscache;

import com.dd.plist.NSDictionary;
import java.util.List;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.plist.PlistParser;
import org.spyglass.core.source.EvidenceFile;

/** Emits every lookup of each idstatuscache plist (see {@link IdStatusCacheEntries}). */
final class IdStatusCacheParser extends PlistParser<IdStatusCacheRecord> {

    IdStatusCacheParser() {
        super("idstatuscache.plist");
    }

    @Override
    protected void read(NSDictionary root, EvidenceFile file, ParseContext<IdStatusCacheRecord> context) {
        List<IdStatusCacheRecord> records = IdStatusCacheEntries.read(root, file.devicePath(), context::warn);
        if (records.isEmpty()) {
            context.absent(file.devicePath(), "idstatuscache.plist holds no lookups");
        }
        records.forEach(context::emit);
    }
}
