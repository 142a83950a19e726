package org.spyglass.ios.backup;

import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.spyglass.core.SpyglassException;
import org.spyglass.ios.backup.crypto.BackupDecryption;
import org.spyglass.ios.backup.crypto.BackupKey;
import org.spyglass.ios.backup.crypto.DamagedKeybagException;
import org.spyglass.ios.backup.crypto.Keybag;
import org.spyglass.ios.backup.crypto.WrongKeyException;

/**
 * What {@link BackupSource} does for an encrypted backup: open the keybag with the key its
 * {@link BackupSource.KeyProvider} gives, decrypt Manifest.db into scratch, and decrypt each file as it is read.
 */
final class BackupEncryption {
    private BackupEncryption() {
    }

    /**
     * Parses {@code BackupKeyBag}, asks for the key and unwraps the class keys; the key is cleared afterwards. Every
     * refusal is a {@link SpyglassException} (input error) in one sentence: no keybag, a damaged keybag, a wrong
     * password. Nothing has been decrypted when it throws.
     */
    static BackupDecryption unlock(Path folder, NSDictionary manifestPlist, BackupSource.KeyProvider keys)
            throws IOException {
        byte[] keybagBytes = data(manifestPlist, "BackupKeyBag");
        if (keybagBytes == null) {
            throw SpyglassException.input(folder + " is marked as encrypted, but its Manifest.plist holds no "
                    + "BackupKeyBag: the backup is damaged or incomplete. Copy it again from the computer that made "
                    + "it.");
        }
        Keybag keybag;
        try {
            keybag = Keybag.parse(keybagBytes);
        } catch (DamagedKeybagException e) {
            throw SpyglassException.input(folder + " has a damaged keybag in its Manifest.plist (" + e.getMessage()
                    + "). Copy the backup again from the computer that made it.", e);
        }
        BackupKey key = keys.key(folder, keybag);
        try {
            return BackupDecryption.unlock(keybag, key);
        } catch (WrongKeyException e) {
            throw SpyglassException.input("The password (or key file) does not open the encrypted backup " + folder
                    + " (the key unwrap integrity check failed). Check the password and try again; nothing was "
                    + "decrypted.", e);
        } finally {
            key.destroy();
        }
    }

    /**
     * Decrypts the stored Manifest.db into {@code target} (in scratch); a damaged ManifestKey or a truncated
     * Manifest.db is a {@link SpyglassException} (input error).
     */
    static void decryptManifest(Path folder, BackupDecryption decryption, InputStream stored, byte[] manifestKey,
                                Path target) throws IOException {
        try (InputStream in = decryption.decryptManifest(stored, manifestKey)) {
            Files.copy(in, target);
        } catch (DamagedKeybagException e) {
            stored.close();
            throw SpyglassException.input(folder + " has a damaged ManifestKey in its Manifest.plist ("
                    + e.getMessage() + "). Copy the backup again from the computer that made it.", e);
        } catch (IOException e) {
            throw SpyglassException.input(folder + " has an encrypted Manifest.db that cannot be decrypted ("
                    + e.getMessage() + "). Copy the backup again from the computer that made it.", e);
        }
    }

    /**
     * Decrypts one file as it is read, with the key, protection class and size of its decoded MBFile; closes
     * {@code stored} when it cannot.
     */
    static InputStream decryptFile(BackupDecryption decryption, Map<?, ?> mbFile, InputStream stored, String label)
            throws IOException {
        try {
            return decryption.decryptFile(stored, number(mbFile.get("ProtectionClass")),
                    mbFile.get("EncryptionKey") instanceof byte[] key ? key : null, number(mbFile.get("Size")),
                    label);
        } catch (IOException | RuntimeException e) {
            stored.close();
            throw e;
        }
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    /** The bytes of a data value of {@code Manifest.plist}, or null when it is absent or not data. */
    static byte[] data(NSDictionary manifestPlist, String key) {
        NSObject value = manifestPlist == null ? null : manifestPlist.get(key);
        return value instanceof NSData data ? data.bytes() : null;
    }
}
