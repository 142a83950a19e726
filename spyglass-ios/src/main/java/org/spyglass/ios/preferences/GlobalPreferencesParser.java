package org.spyglass.ios.preferences;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import java.util.Map;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.PlistParser;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.source.EvidenceFile;

/** One record per top-level key, in the plist's order. */
final class GlobalPreferencesParser extends PlistParser<GlobalPreference> {

    GlobalPreferencesParser() {
        super(".GlobalPreferences.plist");
    }

    @Override
    protected void read(NSDictionary root, EvidenceFile file, ParseContext<GlobalPreference> context) {
        for (Map.Entry<String, NSObject> entry : root.entrySet()) {
            try {
                context.emit(new GlobalPreference(entry.getKey(), Plists.toJava(entry.getValue())));
            } catch (PlistException e) {
                context.warn(file.devicePath() + ": " + entry.getKey(), "the value could not be read: "
                        + e.getMessage());
            }
        }
    }
}
