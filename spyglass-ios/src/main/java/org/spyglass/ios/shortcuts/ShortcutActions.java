package org.spyglass.ios.shortcuts;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.text.LinkExtractor;

/**
 * The actions of one shortcut, decoded from {@code ZSHORTCUTACTIONS.ZDATA}: a plist holding a list of actions (or,
 * in shortcut files, a dictionary with that list under {@code WFWorkflowActions}). Each action names itself with
 * {@code WFWorkflowActionIdentifier} and keeps its settings under {@code WFWorkflowActionParameters}, where a URL
 * may sit in any string at any depth (a plain text field, a text-with-variables token, a dictionary value), so
 * every string is searched for links.
 *
 * @param identifiers the action identifiers, in order (an action without one is listed as an empty string)
 * @param urls        the distinct links found in the parameters, in order
 */
record ShortcutActions(List<String> identifiers, List<String> urls) {
    /** A blob larger than this is not decoded: real shortcuts stay far below it. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    static final ShortcutActions NONE = new ShortcutActions(List.of(), List.of());

    ShortcutActions {
        identifiers = List.copyOf(identifiers);
        urls = List.copyOf(urls);
    }

    /** Decodes a blob; a blob that is not such a plist is a {@link PlistException} saying why. */
    static ShortcutActions decode(byte[] blob) throws PlistException {
        if (blob.length > MAX_BYTES) {
            throw new PlistException("the actions take " + blob.length + " bytes, more than the "
                    + MAX_BYTES + " this parser decodes");
        }
        NSObject root = Plists.parse(blob);
        if (root instanceof NSDictionary dictionary && dictionary.get("WFWorkflowActions") != null) {
            root = dictionary.get("WFWorkflowActions");
        }
        if (!(root instanceof NSArray actions)) {
            throw new PlistException("the actions should be a list but are a " + root.getClass().getSimpleName());
        }
        List<String> identifiers = new ArrayList<>();
        Set<String> urls = new LinkedHashSet<>();
        for (NSObject item : actions.getArray()) {
            if (!(item instanceof NSDictionary action)) {
                continue;
            }
            identifiers.add(action.get("WFWorkflowActionIdentifier") instanceof NSString id ? id.getContent() : "");
            NSObject parameters = action.get("WFWorkflowActionParameters");
            if (parameters != null) {
                collectLinks(Plists.toJava(parameters), urls);
            }
        }
        return new ShortcutActions(identifiers, new ArrayList<>(urls));
    }

    /** Walks plain values (already depth-checked by {@link Plists#toJava}) and collects the links of every string. */
    private static void collectLinks(Object value, Set<String> urls) {
        if (value instanceof String text) {
            urls.addAll(LinkExtractor.extract(text));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collectLinks(item, urls));
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collectLinks(item, urls));
        }
    }
}
