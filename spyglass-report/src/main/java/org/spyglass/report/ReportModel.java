package org.spyglass.report;

import java.util.List;

/** Everything the page shows but the timeline, read from a results folder by {@link ResultsReader}. */
record ReportModel(Verdict verdict, String spyglassVersion, String command, String started, String finished,
                   String evidencePath, String evidenceKind, List<Entry> device, List<Entry> hashes,
                   String hashesOmitted, List<Feed> feeds, String indicatorCount, String indicatorsNewest,
                   List<Entry> indicatorTypes, List<ModuleRow> modules, List<Entry> moduleCounts,
                   List<AlertView> alerts, String alertsOmitted, List<Entry> alertLevels, List<WarningRow> warnings,
                   String warningCount) {

    ReportModel {
        device = List.copyOf(device);
        hashes = List.copyOf(hashes);
        feeds = List.copyOf(feeds);
        indicatorTypes = List.copyOf(indicatorTypes);
        modules = List.copyOf(modules);
        moduleCounts = List.copyOf(moduleCounts);
        alerts = List.copyOf(alerts);
        alertLevels = List.copyOf(alertLevels);
        warnings = List.copyOf(warnings);
    }

    boolean hasAlerts() {
        return !alerts.isEmpty();
    }

    boolean hasDevice() {
        return !device.isEmpty();
    }

    record Entry(String key, String value) {
    }

    record Feed(String feed, String path, String count, String sha256) {
    }

    record ModuleRow(String name, String status, String statusClass, String records, String alerts, String warnings,
                     String reason) {
    }

    record WarningRow(String module, String location, String message) {
    }
}
