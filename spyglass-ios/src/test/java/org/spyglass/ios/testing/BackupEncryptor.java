package org.spyglass.ios.testing;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.UID;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.Plists;
import org.spyglass.ios.backup.BackupFileIds;
import org.spyglass.ios.backup.crypto.BackupKey;
import org.spyglass.ios.backup.crypto.DamagedKeybagException;
import org.spyglass.ios.backup.crypto.Keybag;

/**
 * Turns a plain backup written by {@link org.spyglass.ios.backup.write.BackupWriter} into an encrypted one, in place,
 * as iOS encrypts it: a backup keybag (TLV) in Manifest.plist with eleven class keys wrapped (RFC 3394) with the key
 * derived from the password, a random key per file wrapped with the key of its protection class and stored as the
 * MBFile's {@code EncryptionKey} (4 bytes of class, little-endian, then 40 bytes), each file encrypted with
 * AES-256-CBC, zero IV and PKCS#7 padding, and Manifest.db encrypted with the key of {@code ManifestKey}. Iteration
 * counts are tiny so that tests stay fast. The wrapping and encryption use the JDK's ciphers directly; keys come from
 * a seeded generator, so a fixture is the same on every run. Only for folders a test owns.
 */
public final class BackupEncryptor {
    /** The protection class of the ManifestKey in the backups iOS writes. */
    public static final int MANIFEST_CLASS = 4;
    private static final int CLASSES = 11;

    private final byte[] password;
    private final Random random = new Random(20_210_718L);
    private final Set<String> withoutKey = new HashSet<>();
    private boolean twoStage = true;
    private int iterations = 5;
    private int passcodeIterations = 7;

    private BackupEncryptor(byte[] password) {
        this.password = password;
    }

    /** Encrypts with this password (its UTF-8 bytes, as iOS takes them), in the iOS 10.2+ scheme. */
    public static BackupEncryptor withPassword(String password) {
        return new BackupEncryptor(password.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The scheme before iOS 10.2: one PBKDF2-HMAC-SHA1 stage (no DPSL, DPIC), no ManifestKey, and a plain
     * Manifest.db; the files are still encrypted.
     */
    public BackupEncryptor beforeIos10_2() {
        this.twoStage = false;
        return this;
    }

    /** The iteration counts of the SHA-1 (ITER) and SHA-256 (DPIC) stages. */
    public BackupEncryptor iterations(int sha1, int sha256) {
        this.iterations = sha1;
        this.passcodeIterations = sha256;
        return this;
    }

    /** Leaves the EncryptionKey out of this file's MBFile (its content is encrypted all the same). */
    public BackupEncryptor withoutKey(String domain, String relativePath) {
        withoutKey.add(BackupFileIds.of(domain, relativePath));
        return this;
    }

    /** The key iOS derives from the password with this keybag's parameters, in hex (what extract-key prints). */
    public String derivedKeyHex(Path backup) throws IOException {
        NSDictionary plist = manifestPlist(backup);
        try {
            return BackupKey.derive(Keybag.parse(((NSData) plist.get("BackupKeyBag")).bytes()), password).toHex();
        } catch (DamagedKeybagException e) {
            throw new IOException(e);
        }
    }

    /** Encrypts the backup in {@code backup} in place. */
    public void encrypt(Path backup) throws IOException {
        try {
            byte[] salt = bytes(20);
            byte[] passcodeSalt = bytes(20);
            byte[] derived = derive(salt, passcodeSalt);
            Map<Integer, byte[]> classKeys = new LinkedHashMap<>();
            for (int protectionClass = 1; protectionClass <= CLASSES; protectionClass++) {
                classKeys.put(protectionClass, bytes(32));
            }
            byte[] keybag = keybag(salt, passcodeSalt, derived, classKeys);
            encryptFiles(backup, classKeys);
            NSDictionary plist = manifestPlist(backup);
            plist.put("IsEncrypted", true);
            plist.put("BackupKeyBag", new NSData(keybag));
            if (twoStage) {
                byte[] manifestKey = bytes(32);
                Path manifestDb = backup.resolve("Manifest.db");
                byte[] database = Files.readAllBytes(manifestDb);
                if (database.length % 16 != 0) {
                    throw new IOException("Manifest.db is not a whole number of AES blocks");
                }
                Files.write(manifestDb, cbc(manifestKey, database, "AES/CBC/NoPadding"));
                plist.put("ManifestKey", new NSData(keyBlob(MANIFEST_CLASS, wrap(classKeys.get(MANIFEST_CLASS),
                        manifestKey))));
            }
            BinaryPropertyListWriter.write(plist, backup.resolve("Manifest.plist").toFile());
        } catch (GeneralSecurityException | SQLException | PlistException e) {
            throw new IOException("could not encrypt the test backup " + backup + ": " + e.getMessage(), e);
        }
    }

    private byte[] derive(byte[] salt, byte[] passcodeSalt) throws IOException {
        Map<Integer, byte[]> placeholder = Map.of(1, bytes(32));
        try {
            Keybag parameters = Keybag.parse(keybag(salt, passcodeSalt, bytes(32), placeholder));
            return HexFormat.of().parseHex(BackupKey.derive(parameters, password).toHex());
        } catch (DamagedKeybagException | GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private byte[] keybag(byte[] salt, byte[] passcodeSalt, byte[] derived, Map<Integer, byte[]> classKeys)
            throws GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tlv(out, "VERS", integer(twoStage ? 4 : 3));
        tlv(out, "TYPE", integer(1));
        tlv(out, "UUID", bytes(16));
        tlv(out, "HMCK", bytes(40));
        tlv(out, "WRAP", integer(0));
        tlv(out, "SALT", salt);
        tlv(out, "ITER", integer(iterations));
        if (twoStage) {
            tlv(out, "DPWT", integer(1));
            tlv(out, "DPIC", integer(passcodeIterations));
            tlv(out, "DPSL", passcodeSalt);
        }
        for (Map.Entry<Integer, byte[]> classKey : classKeys.entrySet()) {
            tlv(out, "UUID", bytes(16));
            tlv(out, "CLAS", integer(classKey.getKey()));
            tlv(out, "WRAP", integer(2));
            tlv(out, "KTYP", integer(classKey.getKey() == 2 ? 1 : 0));
            tlv(out, "WPKY", wrap(derived, classKey.getValue()));
            if (classKey.getKey() == 2) {
                tlv(out, "PBKY", bytes(32));
            }
        }
        return out.toByteArray();
    }

    private void encryptFiles(Path backup, Map<Integer, byte[]> classKeys)
            throws SQLException, PlistException, GeneralSecurityException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + backup.resolve("Manifest.db"))) {
            connection.setAutoCommit(false);
            Map<String, byte[]> blobs = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT fileID, file FROM Files WHERE flags = 1")) {
                while (rows.next()) {
                    blobs.put(rows.getString(1), rows.getBytes(2));
                }
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE Files SET file = ? WHERE fileID = ?")) {
                for (Map.Entry<String, byte[]> row : blobs.entrySet()) {
                    NSObject[] objects = ((NSArray) ((NSDictionary) Plists.parse(row.getValue())).get("$objects"))
                            .getArray();
                    NSDictionary file = (NSDictionary) objects[1];
                    int protectionClass = ((NSNumber) file.get("ProtectionClass")).intValue();
                    byte[] fileKey = bytes(32);
                    Path stored = backup.resolve(BackupFileIds.storagePath(row.getKey()));
                    if (Files.isRegularFile(stored, LinkOption.NOFOLLOW_LINKS)) {
                        Files.write(stored, cbc(fileKey, Files.readAllBytes(stored), "AES/CBC/PKCS5Padding"));
                    }
                    if (withoutKey.contains(row.getKey())) {
                        continue;
                    }
                    byte[] blob = keyBlob(protectionClass, wrap(classKeys.get(protectionClass), fileKey));
                    update.setBytes(1, withEncryptionKey(row.getValue(), blob));
                    update.setString(2, row.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
            connection.commit();
        }
    }

    /**
     * The MBFile archive {@code mbFile} with the {@code EncryptionKey} an encrypted backup's Manifest.db holds: an
     * archived NSMutableData of {@code key} (the wrapped file key with its protection class).
     */
    public static byte[] withEncryptionKey(byte[] mbFile, byte[] key) throws IOException, PlistException {
        NSDictionary archive = (NSDictionary) Plists.parse(mbFile);
        NSObject[] objects = ((NSArray) archive.get("$objects")).getArray();
        NSObject[] extended = Arrays.copyOf(objects, objects.length + 2);
        NSDictionary data = new NSDictionary();
        data.put("NS.data", new NSData(key));
        data.put("$class", uid(objects.length + 1));
        NSDictionary dataClass = new NSDictionary();
        dataClass.put("$classname", "NSMutableData");
        dataClass.put("$classes", new NSArray(new NSString("NSMutableData"), new NSString("NSData"),
                new NSString("NSObject")));
        extended[objects.length] = data;
        extended[objects.length + 1] = dataClass;
        ((NSDictionary) objects[1]).put("EncryptionKey", uid(objects.length));
        archive.put("$objects", new NSArray(extended));
        return BinaryPropertyListWriter.writeToArray(archive);
    }

    private static NSDictionary manifestPlist(Path backup) throws IOException {
        try (var in = Files.newInputStream(backup.resolve("Manifest.plist"))) {
            return Plists.parseDictionary(in);
        } catch (PlistException e) {
            throw new IOException(e);
        }
    }

    private static byte[] wrap(byte[] kek, byte[] key) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/KW/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"));
        return cipher.doFinal(key);
    }

    private static byte[] cbc(byte[] key, byte[] plain, String transformation) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(transformation);
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
        return cipher.doFinal(plain);
    }

    private static byte[] keyBlob(int protectionClass, byte[] wrapped) {
        return ByteBuffer.allocate(4 + wrapped.length).order(ByteOrder.LITTLE_ENDIAN).putInt(protectionClass)
                .put(wrapped).array();
    }

    private static void tlv(ByteArrayOutputStream out, String tag, byte[] value) {
        out.writeBytes(tag.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(integer(value.length));
        out.writeBytes(value);
    }

    private static byte[] integer(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static UID uid(int index) {
        return new UID(Integer.toString(index), BigInteger.valueOf(index));
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
