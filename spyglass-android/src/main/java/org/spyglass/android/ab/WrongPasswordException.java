package org.spyglass.android.ab;

import java.io.IOException;

/** The password does not open the encrypted backup: the master key's checksum does not match. */
public final class WrongPasswordException extends IOException {
    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("the password is wrong: the master key it unlocks does not match its checksum");
    }
}
