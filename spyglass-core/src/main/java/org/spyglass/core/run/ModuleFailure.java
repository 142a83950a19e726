package org.spyglass.core.run;

/** Thrown into a parser through its context once its module has failed, so that it stops. */
final class ModuleFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ModuleFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
