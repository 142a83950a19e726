package org.spyglass.ios.backup.crypto;

/**
 * The key derived from the password (or given as a key file) does not unwrap the keybag's class keys: the RFC 3394
 * integrity check failed, so the password is wrong. Raised before any file is decrypted.
 */
public final class WrongKeyException extends Exception {
    private static final long serialVersionUID = 1L;

    public WrongKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
