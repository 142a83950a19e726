package org.spyglass.ios.profiles;

import com.dd.plist.NSDictionary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.PlistParser;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.source.EvidenceFile;

/** Reads each profile plist into one record; a plist without any of the profile keys is still kept, as MVT does. */
final class ConfigurationProfilesParser extends PlistParser<ConfigurationProfile> {

    ConfigurationProfilesParser() {
        super("the configuration profile");
    }

    @Override
    protected void read(NSDictionary root, EvidenceFile file, ParseContext<ConfigurationProfile> context) {
        Map<String, Object> plist;
        try {
            plist = asMap(root);
        } catch (PlistException e) {
            context.warn(file.devicePath(), "the configuration profile could not be read: " + e.getMessage());
            return;
        }
        context.emit(new ConfigurationProfile(file.id(), file.relativePath(), file.domain(), file.devicePath(),
                text(plist, "PayloadUUID"), text(plist, "PayloadIdentifier"), text(plist, "PayloadDisplayName"),
                text(plist, "PayloadDescription"), text(plist, "PayloadOrganization"), text(plist, "PayloadType"),
                payloadTypes(plist), plist.get("InstallDate") instanceof Instant date ? date : null, plist));
    }

    /** A dictionary converts to a map with string keys (see {@link Plists#toJava}). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(NSDictionary dictionary) throws PlistException {
        return (Map<String, Object>) Plists.toJava(dictionary);
    }

    private static List<String> payloadTypes(Map<?, ?> plist) {
        List<String> types = new ArrayList<>();
        if (plist.get("PayloadContent") instanceof List<?> payloads) {
            for (Object payload : payloads) {
                if (payload instanceof Map<?, ?> map && map.get("PayloadType") instanceof String type) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static String text(Map<?, ?> plist, String key) {
        return plist.get(key) instanceof String value ? value : null;
    }
}
