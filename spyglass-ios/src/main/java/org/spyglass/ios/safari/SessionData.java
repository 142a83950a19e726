package org.spyglass.ios.safari;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.Plists;

/**
 * Decodes a tab's {@code session_data} blob: a 4-byte header, then a property list whose
 * {@code SessionHistory.SessionHistoryEntries} is the back-forward list.
 */
final class SessionData {
    /** A real session blob is a few kilobytes to a few megabytes; larger ones are refused. */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    /** Entries kept per tab; WebKit keeps far fewer. */
    static final int MAX_ENTRIES = 10_000;
    private static final int HEADER = 4;

    private SessionData() {
    }

    /** The entries of a blob; empty for null or a plist without a back-forward list. */
    static List<SessionEntry> entries(byte[] blob) throws PlistException {
        if (blob == null || blob.length == 0) {
            return List.of();
        }
        if (blob.length <= HEADER) {
            throw new PlistException("the session data is only " + blob.length + " bytes long");
        }
        if (blob.length > MAX_BYTES) {
            throw new PlistException("the session data is larger than " + MAX_BYTES + " bytes");
        }
        NSObject root = Plists.parse(Arrays.copyOfRange(blob, HEADER, blob.length));
        if (!(root instanceof NSDictionary dictionary)
                || !(dictionary.get("SessionHistory") instanceof NSDictionary history)
                || !(history.get("SessionHistoryEntries") instanceof NSArray array)) {
            return List.of();
        }
        List<SessionEntry> entries = new ArrayList<>();
        for (NSObject item : array.getArray()) {
            if (entries.size() == MAX_ENTRIES) {
                break;
            }
            if (item instanceof NSDictionary entry) {
                entries.add(new SessionEntry(text(entry, "SessionHistoryEntryTitle"),
                        text(entry, "SessionHistoryEntryURL"), text(entry, "SessionHistoryEntryOriginalURL"),
                        entry.get("SessionHistoryEntryData") instanceof NSData data ? data.length() : 0));
            }
        }
        return entries;
    }

    private static String text(NSDictionary dictionary, String key) {
        return dictionary.get(key) instanceof NSString string ? string.getContent() : null;
    }
}
