package org.spyglass.core.module;

import java.util.Objects;

/**
 * Something wrong with the evidence that did not stop the run: a missing table, a corrupt row, a file that could not
 * be read.
 *
 * @param module   the module that reported it
 * @param location where: a device path, a file, a table ("sms.db: message")
 * @param message  what went wrong, one sentence
 */
public record Warning(String module, String location, String message) {
    public Warning {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }
}
