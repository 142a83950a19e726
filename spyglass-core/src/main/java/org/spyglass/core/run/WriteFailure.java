package org.spyglass.core.run;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A result file could not be written: a run-level problem, never blamed on the module that was writing. */
final class WriteFailure extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    WriteFailure(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
