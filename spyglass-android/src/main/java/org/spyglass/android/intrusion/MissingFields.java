package org.spyglass.android.intrusion;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.module.ParseContext;

/** Counts, per file, the events skipped for lacking their key field, and reports them as one warning a file. */
final class MissingFields {
    private final ParseContext<?> context;
    private final String type;
    private final String field;
    private final Map<String, long[]> byFile = new LinkedHashMap<>();

    MissingFields(ParseContext<?> context, String type, String field) {
        this.context = context;
        this.type = type;
        this.field = field;
    }

    void add(String file, long line) {
        byFile.computeIfAbsent(file, f -> new long[] {0, line})[0]++;
    }

    void report() {
        byFile.forEach((file, counts) -> context.warn(file, String.format(Locale.ROOT, "%d %s(s) without %s were "
                + "skipped, the first at line %d", counts[0], type, field, counts[1])));
    }
}
