package org.spyglass.android.ab;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The text header of an Android backup ({@code adb backup}'s {@code .ab} file): {@code ANDROID BACKUP}, the format
 * version (1 to 5), whether the payload is zlib-compressed, and the encryption ({@code none} or {@code AES-256},
 * then the key-derivation parameters, all one per line).
 *
 * @param version    the format version
 * @param compressed whether the payload is deflated (zlib)
 * @param encryption the encryption parameters, or null when the payload is not encrypted
 */
public record AbHeader(int version, boolean compressed, Encryption encryption) {
    static final String MAGIC = "ANDROID BACKUP";
    static final int MAX_VERSION = 5;
    private static final int MAX_LINE = 4096;

    public AbHeader {
        if (version < 1 || version > MAX_VERSION) {
            throw new IllegalArgumentException("unknown backup format version " + version);
        }
    }

    /**
     * The key-derivation parameters of an encrypted backup.
     *
     * @param userSalt      salt of the key derived from the password
     * @param checksumSalt  salt of the master-key checksum
     * @param rounds        PBKDF2 iterations
     * @param userIv        IV of the master-key blob
     * @param masterKeyBlob the master key, its IV and its checksum, encrypted with the password's key
     */
    public record Encryption(byte[] userSalt, byte[] checksumSalt, int rounds, byte[] userIv, byte[] masterKeyBlob) {
        public Encryption {
            if (rounds < 1) {
                throw new IllegalArgumentException("the PBKDF2 round count is not positive: " + rounds);
            }
            if (userIv.length != 16) {
                throw new IllegalArgumentException("the IV is " + userIv.length + " bytes, not 16");
            }
            userSalt = userSalt.clone();
            checksumSalt = checksumSalt.clone();
            userIv = userIv.clone();
            masterKeyBlob = masterKeyBlob.clone();
        }
    }

    public boolean encrypted() {
        return encryption != null;
    }

    /**
     * Reads the header from the start of a backup, leaving {@code in} at the first payload byte.
     *
     * @throws AbFormatException when the file is empty, ends inside the header or is not an Android backup
     */
    public static AbHeader read(InputStream in) throws IOException {
        String magic = line(in, "the header");
        if (magic == null) {
            throw new AbFormatException("the file is empty");
        }
        if (!magic.equals(MAGIC)) {
            throw new AbFormatException("it does not start with \"" + MAGIC + "\"");
        }
        int version = number(required(in, "the format version"), "format version");
        if (version < 1 || version > MAX_VERSION) {
            throw new AbFormatException("its format version " + version + " is not one Android writes (1 to "
                    + MAX_VERSION + ")");
        }
        String compressed = required(in, "the compression flag");
        if (!compressed.equals("0") && !compressed.equals("1")) {
            throw new AbFormatException("its compression flag is \"" + compressed + "\", not 0 or 1");
        }
        String algorithm = required(in, "the encryption name");
        Encryption encryption = switch (algorithm) {
            case "none" -> null;
            case "AES-256" -> encryption(in);
            default -> throw new AbFormatException("its encryption \"" + algorithm + "\" is neither none nor AES-256");
        };
        return new AbHeader(version, compressed.equals("1"), encryption);
    }

    private static Encryption encryption(InputStream in) throws IOException {
        byte[] userSalt = hex(required(in, "the user salt"), "user salt");
        byte[] checksumSalt = hex(required(in, "the checksum salt"), "checksum salt");
        int rounds = number(required(in, "the round count"), "round count");
        byte[] userIv = hex(required(in, "the user IV"), "user IV");
        byte[] blob = hex(required(in, "the master key blob"), "master key blob");
        try {
            return new Encryption(userSalt, checksumSalt, rounds, userIv, blob);
        } catch (IllegalArgumentException e) {
            throw new AbFormatException("its encryption header is damaged (" + e.getMessage() + ")");
        }
    }

    private static String required(InputStream in, String what) throws IOException {
        String line = line(in, what);
        if (line == null) {
            throw new AbFormatException("it ends before " + what);
        }
        return line;
    }

    /** One line of ASCII without its newline, or null at the end of the stream before any byte. */
    private static String line(InputStream in, String what) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.length() == 0) {
                    return null;
                }
                throw new EOFException();
            }
            if (b == '\n') {
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new AbFormatException(what + " is not a line of text");
            }
            line.append((char) b);
        }
    }

    private static int number(String text, String what) throws AbFormatException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new AbFormatException("its " + what + " \"" + printable(text) + "\" is not a number");
        }
    }

    private static byte[] hex(String text, String what) throws AbFormatException {
        try {
            return HexFormat.of().parseHex(text.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AbFormatException("its " + what + " is not hexadecimal");
        }
    }

    private static String printable(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return new String(cut.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII)
                .replaceAll("[^\\x20-\\x7e]", "?");
    }
}
