package org.spyglass.android.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes Android backups for tests, as {@code adb backup} does: a {@code .ab} file (plain, compressed, or encrypted
 * with a password and a small round count) or the folder its tar extracts to. The encryption follows Android's
 * BackupManagerService with JCE's {@code PBKDF2WithHmacSHA1} over {@code char[]}s, independently of the reader.
 */
public final class AndroidBackupBuilder {
    public static final String TELEPHONY = "apps/com.android.providers.telephony/d_f/";
    public static final String SMS_MEMBER = TELEPHONY + "000000_sms_backup";
    public static final String MMS_MEMBER = TELEPHONY + "000000_mms_backup";
    public static final int ROUNDS = 10;

    /** How the {@code .ab} payload is written. */
    public enum Variant { PLAIN, COMPRESSED, ENCRYPTED }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final Map<String, byte[]> members = new LinkedHashMap<>();
    private int version = 5;

    private AndroidBackupBuilder(Path dir) {
        this.dir = dir;
    }

    public static AndroidBackupBuilder in(Path dir) {
        return new AndroidBackupBuilder(dir);
    }

    /** The format version written in the header (1 to 5; 5 by default). */
    public AndroidBackupBuilder version(int version) {
        this.version = version;
        return this;
    }

    /** A tar member with the given bytes. */
    public AndroidBackupBuilder member(String name, byte[] content) {
        members.put(name, content.clone());
        return this;
    }

    /** The telephony provider's SMS member: the messages as a zlib-compressed JSON array. */
    public AndroidBackupBuilder sms(List<Map<String, Object>> messages) throws IOException {
        return member(SMS_MEMBER, zlib(JSON.writeValueAsBytes(messages)));
    }

    /** The telephony provider's MMS member: the messages as a zlib-compressed JSON array. */
    public AndroidBackupBuilder mms(List<Map<String, Object>> messages) throws IOException {
        return member(MMS_MEMBER, zlib(JSON.writeValueAsBytes(messages)));
    }

    /** An SMS as TelephonyBackupAgent writes it (every value a string). */
    public static Map<String, Object> sms(String address, String body, long dateMillis, long sentMillis, int type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", address);
        m.put("body", body);
        m.put("date", Long.toString(dateMillis));
        m.put("date_sent", Long.toString(sentMillis));
        m.put("status", "-1");
        m.put("type", Integer.toString(type));
        m.put("read", "1");
        return m;
    }

    /** An MMS as TelephonyBackupAgent writes it: times in seconds, the sender in {@code mms_addresses}. */
    public static Map<String, Object> mms(String from, String body, long dateSeconds, int box) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", Long.toString(dateSeconds));
        m.put("date_sent", "0");
        m.put("msg_box", Integer.toString(box));
        m.put("read", "0");
        m.put("mms_addresses", List.of(Map.of("type", 137, "address", from, "charset", 106)));
        m.put("mms_body", body);
        return m;
    }

    /** Writes the tar's content as a folder. */
    public Path writeFolder(String name) throws IOException {
        Path folder = dir.resolve(name);
        for (Map.Entry<String, byte[]> member : members.entrySet()) {
            Path file = folder.resolve(member.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, member.getValue());
        }
        Files.createDirectories(folder.resolve("apps"));
        return folder;
    }

    /** Writes an unencrypted {@code .ab} file. */
    public Path writeAb(String name, Variant variant) throws IOException {
        if (variant == Variant.ENCRYPTED) {
            throw new IllegalArgumentException("an encrypted backup needs a password");
        }
        return write(name, variant == Variant.COMPRESSED, null);
    }

    /** Writes a compressed {@code .ab} file encrypted with {@code password} and {@value #ROUNDS} rounds. */
    public Path writeEncryptedAb(String name, String password) throws IOException {
        return write(name, true, password);
    }

    private Path write(String name, boolean compressed, String password) throws IOException {
        byte[] payload = compressed ? zlib(tar()) : tar();
        StringBuilder header = new StringBuilder("ANDROID BACKUP\n" + version + "\n" + (compressed ? 1 : 0) + "\n");
        if (password == null) {
            header.append("none\n");
        } else {
            payload = encrypt(payload, password, header);
        }
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
        }
        return file;
    }

    private byte[] encrypt(byte[] payload, String password, StringBuilder header) {
        if (version == 1) {
            throw new IllegalArgumentException("the builder encrypts format versions 2 to 5 only");
        }
        try {
            SecureRandom random = new SecureRandom();
            byte[] userSalt = bytes(random, 64);
            byte[] checksumSalt = bytes(random, 64);
            byte[] userIv = bytes(random, 16);
            byte[] masterIv = bytes(random, 16);
            byte[] masterKey = bytes(random, 32);
            masterKey[0] = (byte) 0x80;
            masterKey[1] = (byte) 0xFF;
            char[] keyChars = new char[masterKey.length];
            for (int i = 0; i < masterKey.length; i++) {
                keyChars[i] = (char) masterKey[i];
            }
            byte[] checksum = pbkdf2(keyChars, checksumSalt);
            byte[] userKey = pbkdf2(password.toCharArray(), userSalt);
            ByteArrayOutputStream blob = new ByteArrayOutputStream();
            for (byte[] part : List.of(masterIv, masterKey, checksum)) {
                blob.write(part.length);
                blob.write(part, 0, part.length);
            }
            byte[] encryptedBlob = aes(userKey, userIv, blob.toByteArray());
            HexFormat hex = HexFormat.of().withUpperCase();
            header.append("AES-256\n").append(hex.formatHex(userSalt)).append('\n').append(hex.formatHex(checksumSalt))
                    .append('\n').append(ROUNDS).append('\n').append(hex.formatHex(userIv)).append('\n')
                    .append(hex.formatHex(encryptedBlob)).append('\n');
            return aes(masterKey, masterIv, payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(SecureRandom random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** JCE feeds PBKDF2 the UTF-8 of the chars, as Android does from format version 2 on. */
    private static byte[] pbkdf2(char[] password, byte[] salt) throws GeneralSecurityException {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1")
                .generateSecret(new PBEKeySpec(password, salt, ROUNDS, 256)).getEncoded();
    }

    private static byte[] aes(byte[] key, byte[] iv, byte[] data) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return cipher.doFinal(data);
    }

    private byte[] tar() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
                entry.setSize(member.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(member.getValue());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** zlib (deflate with its header), as Android's DeflaterOutputStream writes. */
    public static byte[] zlib(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
