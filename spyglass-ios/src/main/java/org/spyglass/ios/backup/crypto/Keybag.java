package org.spyglass.ios.backup.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A backup keybag as iOS writes it in {@code Manifest.plist}'s {@code BackupKeyBag}: a stream of TLV blocks (a
 * 4-letter ASCII tag, a 4-byte big-endian length, the value). The global attributes come first (VERS, TYPE, UUID,
 * HMCK, WRAP, SALT, ITER and, since iOS 10.2, DPWT, DPIC, DPSL); each later UUID starts a class key (CLAS, WRAP,
 * KTYP, WPKY). Unknown tags (PBKY, …) are skipped. Immutable and thread-safe.
 */
public final class Keybag {
    /** The {@code WRAP} bit of a class key wrapped with the key derived from the password. */
    static final int WRAP_PASSCODE = 2;
    /** Iteration counts above this are refused: a damaged or hostile keybag would keep the machine busy for days. */
    static final int MAX_ITERATIONS = 100_000_000;
    private static final int MAX_CLASS_KEYS = 64;

    /** One class key as stored: still wrapped. */
    record ClassKey(int protectionClass, int wrap, byte[] wrappedKey) {
    }

    private final byte[] salt;
    private final int iterations;
    private final byte[] passcodeSalt;
    private final int passcodeIterations;
    private final List<ClassKey> classKeys;

    private Keybag(byte[] salt, int iterations, byte[] passcodeSalt, int passcodeIterations,
                   List<ClassKey> classKeys) {
        this.salt = salt;
        this.iterations = iterations;
        this.passcodeSalt = passcodeSalt;
        this.passcodeIterations = passcodeIterations;
        this.classKeys = List.copyOf(classKeys);
    }

    /** Parses a keybag; it is hostile input: every length is checked against what is left. */
    public static Keybag parse(byte[] bytes) throws DamagedKeybagException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte[] keybagUuid = null;
        byte[] salt = null;
        byte[] passcodeSalt = null;
        int iterations = 0;
        int passcodeIterations = 0;
        List<ClassKey> keys = new ArrayList<>();
        Integer protectionClass = null;
        int wrap = 0;
        byte[] wrapped = null;
        boolean inClass = false;
        while (in.hasRemaining()) {
            if (in.remaining() < 8) {
                throw new DamagedKeybagException("the keybag ends inside a block header");
            }
            byte[] tagBytes = new byte[4];
            in.get(tagBytes);
            String tag = new String(tagBytes, StandardCharsets.US_ASCII);
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                throw new DamagedKeybagException("the keybag's " + printable(tag) + " block claims " + length
                        + " bytes but " + in.remaining() + " are left");
            }
            byte[] value = new byte[length];
            in.get(value);
            if (tag.equals("UUID")) {
                if (keybagUuid == null) {
                    keybagUuid = value;
                    continue;
                }
                if (inClass) {
                    add(keys, protectionClass, wrap, wrapped);
                }
                inClass = true;
                protectionClass = null;
                wrap = 0;
                wrapped = null;
                continue;
            }
            if (inClass) {
                switch (tag) {
                    case "CLAS" -> protectionClass = integer(tag, value);
                    case "WRAP" -> wrap = integer(tag, value);
                    case "WPKY" -> wrapped = value;
                    default -> {
                        // KTYP, PBKY and later additions do not matter for unwrapping
                    }
                }
            } else {
                switch (tag) {
                    case "SALT" -> salt = value;
                    case "ITER" -> iterations = integer(tag, value);
                    case "DPSL" -> passcodeSalt = value;
                    case "DPIC" -> passcodeIterations = integer(tag, value);
                    default -> {
                        // VERS, TYPE, HMCK, WRAP, DPWT: not needed to derive the key
                    }
                }
            }
        }
        if (inClass) {
            add(keys, protectionClass, wrap, wrapped);
        }
        return validated(salt, iterations, passcodeSalt, passcodeIterations, keys);
    }

    private static Keybag validated(byte[] salt, int iterations, byte[] passcodeSalt, int passcodeIterations,
                                    List<ClassKey> keys) throws DamagedKeybagException {
        if (salt == null || salt.length == 0) {
            throw new DamagedKeybagException("the keybag has no SALT");
        }
        checkIterations("ITER", iterations);
        if (passcodeSalt != null) {
            checkIterations("DPIC", passcodeIterations);
        }
        if (keys.stream().noneMatch(key -> (key.wrap() & WRAP_PASSCODE) != 0)) {
            throw new DamagedKeybagException("the keybag holds no class key wrapped with the backup password");
        }
        return new Keybag(salt, iterations, passcodeSalt, passcodeIterations, keys);
    }

    private static void checkIterations(String tag, int count) throws DamagedKeybagException {
        if (count < 1 || count > MAX_ITERATIONS) {
            throw new DamagedKeybagException("the keybag's " + tag + " iteration count " + Integer.toUnsignedString(
                    count) + " is outside 1.." + MAX_ITERATIONS);
        }
    }

    private static void add(List<ClassKey> keys, Integer protectionClass, int wrap, byte[] wrapped)
            throws DamagedKeybagException {
        if (protectionClass == null || wrapped == null) {
            throw new DamagedKeybagException("a class key of the keybag lacks its CLAS or WPKY");
        }
        if (keys.size() == MAX_CLASS_KEYS) {
            throw new DamagedKeybagException("the keybag holds more than " + MAX_CLASS_KEYS + " class keys");
        }
        keys.add(new ClassKey(protectionClass, wrap, wrapped));
    }

    private static int integer(String tag, byte[] value) throws DamagedKeybagException {
        if (value.length != 4) {
            throw new DamagedKeybagException("the keybag's " + tag + " block holds " + value.length
                    + " bytes instead of a 4-byte number");
        }
        return ByteBuffer.wrap(value).getInt();
    }

    private static String printable(String tag) {
        return tag.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? tag : "unnamed";
    }

    /**
     * True for the scheme of iOS 10.2 and later: a PBKDF2-HMAC-SHA256 stage (DPSL, DPIC) before the PBKDF2-HMAC-SHA1
     * one (SALT, ITER).
     */
    public boolean twoStage() {
        return passcodeSalt != null;
    }

    /** The iteration count of the PBKDF2-HMAC-SHA1 stage (ITER). */
    public int iterations() {
        return iterations;
    }

    /** The iteration count of the PBKDF2-HMAC-SHA256 stage (DPIC), or 0 before iOS 10.2. */
    public int passcodeIterations() {
        return twoStage() ? passcodeIterations : 0;
    }

    byte[] salt() {
        return salt.clone();
    }

    byte[] passcodeSalt() {
        return passcodeSalt == null ? null : passcodeSalt.clone();
    }

    List<ClassKey> classKeys() {
        return classKeys;
    }
}
