package org.spyglass.core.ioc.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spyglass.core.ioc.internal.StringTable;

/**
 * Who the indicators of one STIX bundle belong to, gathered by {@link StixBundleReader}'s first pass: every report
 * that lists an indicator in {@code object_refs}; failing that, every named object a relationship from the indicator
 * points to; failing that, nothing. Kept compactly, since a bundle may list a million indicators: one owner or target
 * is stored as itself, several as a list or set. Not thread-safe.
 */
final class StixOwners {
    /** A named object (report, malware, campaign, …) that owns indicators. */
    record Named(String id, String name) {
    }

    private final Map<String, String> names = new HashMap<>();
    private final StringTable reports = new StringTable();
    private final Map<String, Object> targets = new HashMap<>();

    void name(String id, String name) {
        names.put(id, name);
    }

    /** A report and the ids it lists (a report listing an id twice owns it twice, as it says). */
    void report(String id, String name, List<String> refs) {
        Named report = new Named(id, name);
        for (String ref : refs) {
            Object known = reports.get(ref);
            reports.put(ref, known == null ? report : moreOwners(known, report));
        }
    }

    void relationship(String source, String target) {
        targets.merge(source, target, StixOwners::moreTargets);
    }

    /** The relationship targets that no name was given for yet (they may be indicators with names). */
    Set<String> unnamedTargets() {
        Set<String> unnamed = new HashSet<>();
        targets.values().forEach(known -> targetsOf(known).stream().filter(t -> !names.containsKey(t))
                .forEach(unnamed::add));
        return unnamed;
    }

    /** The owners of the indicator {@code id} (null for an indicator without id), in the order they were met. */
    @SuppressWarnings("unchecked")
    List<Named> of(String id) {
        Object inReports = id == null ? null : reports.get(id);
        if (inReports instanceof Named named) {
            return List.of(named);
        }
        if (inReports != null) {
            return (List<Named>) inReports;
        }
        List<Named> owners = new ArrayList<>();
        for (String target : targetsOf(id == null ? null : targets.get(id))) {
            if (names.containsKey(target)) {
                owners.add(new Named(target, names.get(target)));
            }
        }
        return owners;
    }

    @SuppressWarnings("unchecked")
    private static Object moreOwners(Object known, Named report) {
        List<Named> list;
        if (known instanceof Named named) {
            list = new ArrayList<>(2);
            list.add(named);
        } else {
            list = (List<Named>) known;
        }
        list.add(report);
        return list;
    }

    /** One target as its id, several as a {@link LinkedHashSet} (most sources point to one object). */
    @SuppressWarnings("unchecked")
    private static Object moreTargets(Object known, Object target) {
        Set<String> set;
        if (known instanceof String one) {
            if (one.equals(target)) {
                return one;
            }
            set = new LinkedHashSet<>(4);
            set.add(one);
        } else {
            set = (Set<String>) known;
        }
        set.add((String) target);
        return set;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> targetsOf(Object known) {
        if (known == null) {
            return Set.of();
        }
        return known instanceof String one ? Set.of(one) : (Set<String>) known;
    }
}
