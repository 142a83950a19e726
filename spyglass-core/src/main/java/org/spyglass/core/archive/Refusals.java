package org.spyglass.core.archive;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts refused members by reason and keeps the first few names of each, so warnings stay few and bounded. */
final class Refusals {
    static final int EXAMPLES = 5;
    private static final int MAX_SHOWN_NAME = 200;

    private final Map<Refusal, Long> counts = new EnumMap<>(Refusal.class);
    private final Map<Refusal, List<String>> examples = new EnumMap<>(Refusal.class);

    void add(Refusal reason, String name) {
        counts.merge(reason, 1L, Long::sum);
        List<String> names = examples.computeIfAbsent(reason, r -> new ArrayList<>());
        if (names.size() < EXAMPLES) {
            names.add(shown(name));
        }
    }

    Map<Refusal, Long> counts() {
        return counts;
    }

    List<ExtractionWarning> warnings(String archive) {
        List<ExtractionWarning> warnings = new ArrayList<>();
        counts.forEach((reason, count) -> {
            List<String> names = examples.get(reason);
            String more = count > names.size() ? ", …" : "";
            String subject = count == 1 ? "1 member was" : String.format(Locale.ROOT, "%d members were", count);
            warnings.add(new ExtractionWarning(archive, subject + " not extracted because " + reason.because()
                    + ": " + String.join(", ", names) + more));
        });
        return warnings;
    }

    /** A member name as it may be printed: control characters escaped, long names cut. */
    static String shown(String name) {
        if (name == null) {
            return "(no name)";
        }
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < name.length() && shown.length() < MAX_SHOWN_NAME; i++) {
            char c = name.charAt(i);
            shown.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\x%02x", (int) c) : String.valueOf(c));
        }
        return "\"" + shown + (shown.length() >= MAX_SHOWN_NAME ? "…" : "") + "\"";
    }
}
