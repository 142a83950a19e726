package org.spyglass.android.ab;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.InflaterInputStream;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads an Android backup as a stream: the header, then the payload decrypted (AES-256-CBC with the master key) and
 * inflated (zlib) as the header says, which is a tar archive ({@code apps/<package>/...}).
 */
public final class AbReader {

    /** Gives the password of an encrypted backup, as UTF-8; asked only when the backup is encrypted. */
    @FunctionalInterface
    public interface PasswordSupplier {
        /** The password's UTF-8 bytes; the reader clears them once the keys are derived. */
        byte[] password(AbHeader header) throws IOException;
    }

    private AbReader() {
    }

    /** The payload of a backup read from {@code in}, its header already read. The caller closes {@code in}. */
    public static InputStream payload(AbHeader header, InputStream in, PasswordSupplier passwords)
            throws IOException {
        InputStream data = in;
        if (header.encrypted()) {
            byte[] password = passwords.password(header);
            AbKeys.MasterKey master;
            try {
                master = AbKeys.masterKey(header, password);
            } finally {
                Arrays.fill(password, (byte) 0);
            }
            data = decrypting(in, master);
        }
        return header.compressed() ? new InflaterInputStream(data) : data;
    }

    private static InputStream decrypting(InputStream in, AbKeys.MasterKey master) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(master.key(), "AES"),
                    new IvParameterSpec(master.iv()));
            return new CipherInputStream(in, cipher);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides AES/CBC/PKCS5Padding", e);
        } finally {
            Arrays.fill(master.key(), (byte) 0);
        }
    }
}
