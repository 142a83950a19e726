package org.spyglass.ios.profiles;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.plist.PlistParser;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.source.EvidenceFile;

/**
 * Reads {@code ProfileEvents}: a list of one-key dictionaries, profile id → {timestamp, operation, process}. Keys of
 * the inner dictionary are compared case-insensitively, as MVT does.
 */
final class ProfileEventsParser extends PlistParser<ProfileEvent> {
    private static final String ARTIFACT = "MCProfileEvents.plist";

    ProfileEventsParser() {
        super(ARTIFACT);
    }

    @Override
    protected void read(NSDictionary root, EvidenceFile file, ParseContext<ProfileEvent> context) {
        String location = file.devicePath();
        NSObject events = root.get("ProfileEvents");
        if (events == null) {
            context.absent(location, ARTIFACT + " has no ProfileEvents list, so no profile event was read");
            return;
        }
        if (!(events instanceof NSArray list)) {
            context.warn(location + ": ProfileEvents", "ProfileEvents should be a list but is a "
                    + events.getClass().getSimpleName() + "; nothing was read");
            return;
        }
        int index = 0;
        for (NSObject item : list.getArray()) {
            if (context.cancelled()) {
                return;
            }
            if (item instanceof NSDictionary entry) {
                for (Map.Entry<String, NSObject> event : entry.entrySet()) {
                    read(event.getKey(), event.getValue(), location + ": ProfileEvents[" + index + "]", context);
                }
            } else {
                context.warn(location + ": ProfileEvents[" + index + "]", "a profile event should be a dictionary"
                        + " but is " + (item == null ? "empty" : "a " + item.getClass().getSimpleName()));
            }
            index++;
        }
    }

    private static void read(String profileId, NSObject value, String location, ParseContext<ProfileEvent> context) {
        if (!(value instanceof NSDictionary details)) {
            context.warn(location, "the event of profile " + profileId + " should be a dictionary; it was skipped");
            return;
        }
        Instant timestamp = null;
        String operation = null;
        String process = null;
        for (Map.Entry<String, NSObject> field : details.entrySet()) {
            switch (field.getKey().toLowerCase(Locale.ROOT)) {
                case "timestamp" -> timestamp = Plists.appleTime(field.getValue());
                case "operation" -> operation = text(field.getValue());
                case "process" -> process = text(field.getValue());
                default -> { }
            }
        }
        context.emit(new ProfileEvent(profileId, timestamp, operation, process));
    }


    private static String text(NSObject value) {
        return value instanceof NSString string ? string.getContent() : null;
    }
}
