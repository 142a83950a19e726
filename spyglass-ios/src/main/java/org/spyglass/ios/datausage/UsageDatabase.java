package org.spyglass.ios.datausage;

import java.util.Objects;

/**
 * A database of the per-process network usage schema ({@code ZPROCESS}, {@code ZLIVEUSAGE}): DataUsage.sqlite, and
 * netusage.sqlite on filesystem dumps. The same parser, checker and timeline serve both; this names the module they
 * report for (its heuristic ids and timeline) and the file (in messages).
 *
 * @param module   the module's name, e.g. {@code datausage}
 * @param fileName the database's usual name, e.g. {@code DataUsage.sqlite}
 */
public record UsageDatabase(String module, String fileName) {
    /** WirelessDomain {@code Library/Databases/DataUsage.sqlite}. */
    public static final UsageDatabase DATA_USAGE = new UsageDatabase(DataUsageModule.NAME, "DataUsage.sqlite");

    public UsageDatabase {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(fileName, "fileName");
    }

    /** The id of one of this module's heuristics: {@code ios.<module>.<name>}. */
    String heuristicId(String name) {
        return "ios." + module + "." + name;
    }
}
