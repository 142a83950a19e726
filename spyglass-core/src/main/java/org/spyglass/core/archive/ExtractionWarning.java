package org.spyglass.core.archive;

import java.util.Objects;

/**
 * Something about the archive that did not stop the extraction, or said why it stopped.
 *
 * @param location the archive, or {@code archive!/member} when one member is concerned
 * @param message  one sentence
 */
public record ExtractionWarning(String location, String message) {
    public ExtractionWarning {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }
}
