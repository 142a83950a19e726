package org.spyglass.core.module;

import java.util.Objects;
import org.spyglass.core.Level;

/**
 * A check that needs no indicator, such as "a DataUsage row whose process was deleted".
 *
 * @param id          stable identifier, e.g. {@code ios.datausage.deleted-process}
 * @param level       the level of the alerts it raises
 * @param explanation one or two sentences that explain to a non-expert why this matters and what it does not prove
 */
public record Heuristic(String id, Level level, String explanation) {
    public Heuristic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(explanation, "explanation");
    }
}
