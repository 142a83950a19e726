package org.spyglass.ios.backup.crypto;

/** The keybag ({@code Manifest.plist}'s {@code BackupKeyBag}) or a key record cannot be read. */
public final class DamagedKeybagException extends Exception {
    private static final long serialVersionUID = 1L;

    public DamagedKeybagException(String message) {
        super(message);
    }
}
