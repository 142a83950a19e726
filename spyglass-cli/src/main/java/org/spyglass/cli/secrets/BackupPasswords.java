package org.spyglass.cli.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.SpyglassException;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.crypto.BackupKey;
import org.spyglass.ios.backup.crypto.Keybag;

/**
 * Turns the password sources of the command line into the key of an encrypted backup, only when the backup turns
 * out to be encrypted: a key file ({@code -k}, iOS only), a password file, {@code -p}, {@code SPYGLASS_IOS_BACKUP_PASSWORD}
 * and MVT's {@code MVT_IOS_BACKUP_PASSWORD} (for Android {@link #ANDROID_ENV} and {@link #ANDROID_MVT_ENV}), or the
 * masked prompt, in that order. The password is kept as bytes, cleared
 * once the key is derived, and never printed: the terminal only shows where it came from and how long the
 * derivation took.
 */
public final class BackupPasswords {
    public static final String ENV = "SPYGLASS_IOS_BACKUP_PASSWORD";
    public static final String MVT_ENV = "MVT_IOS_BACKUP_PASSWORD";
    public static final String ANDROID_ENV = "SPYGLASS_ANDROID_BACKUP_PASSWORD";
    public static final String ANDROID_MVT_ENV = "MVT_ANDROID_BACKUP_PASSWORD";
    private static final int MAX_FILE_BYTES = 4096;

    private final PasswordOptions options;
    private final Path keyFile;
    private final Map<String, String> environment;
    private final PasswordPrompt prompt;
    private final PrintWriter err;
    private final String env;
    private final String mvtEnv;
    private final String platform;

    /**
     * @param keyFile     a file holding the derived key in hex, or null
     * @param environment the process environment
     * @param prompt      the masked prompt, or null when there is no terminal
     * @param err         where progress and warnings go
     */
    public BackupPasswords(PasswordOptions options, Path keyFile, Map<String, String> environment,
                           PasswordPrompt prompt, PrintWriter err) {
        this(options, keyFile, environment, prompt, err, ENV, MVT_ENV, "iOS");
    }

    private BackupPasswords(PasswordOptions options, Path keyFile, Map<String, String> environment,
                            PasswordPrompt prompt, PrintWriter err, String env, String mvtEnv, String platform) {
        this.env = env;
        this.mvtEnv = mvtEnv;
        this.platform = platform;
        this.options = options;
        this.keyFile = keyFile;
        this.environment = environment;
        this.prompt = prompt;
        this.err = err;
        int explicit = (keyFile != null ? 1 : 0) + (options.passwordFile != null ? 1 : 0)
                + (options.password != null ? 1 : 0);
        if (explicit > 1) {
            throw SpyglassException.usage("Give the backup password in one way only: --key-file, --password-file "
                    + "or --password.");
        }
    }

    /** The password sources of an Android backup: no key file, {@link #ANDROID_ENV}, {@link #ANDROID_MVT_ENV}. */
    public static BackupPasswords android(PasswordOptions options, Map<String, String> environment,
                                          PasswordPrompt prompt, PrintWriter err) {
        return new BackupPasswords(options, null, environment, prompt, err, ANDROID_ENV, ANDROID_MVT_ENV, "Android");
    }

    /** Asks for the key when {@link BackupSource#open(Path, BackupSource.KeyProvider)} finds an encrypted backup. */
    public BackupSource.KeyProvider keyProvider() {
        return this::key;
    }

    private BackupKey key(Path folder, Keybag keybag) throws IOException {
        if (keyFile != null) {
            byte[] hex = readSecretFile(keyFile, "key file");
            try {
                BackupKey key = BackupKey.fromHex(hex);
                say("Using the backup key from " + keyFile + ".");
                return key;
            } catch (IllegalArgumentException e) {
                throw SpyglassException.input(keyFile + " does not hold a backup key (" + e.getMessage() + "). "
                        + "Write one with `spyglass ios extract-key BACKUP -k FILE`.", e);
            } finally {
                Arrays.fill(hex, (byte) 0);
            }
        }
        byte[] password = password(folder);
        try {
            say(String.format(Locale.ROOT, "Deriving the key of the encrypted backup (%s); this takes a while...",
                    describe(keybag)));
            long started = System.nanoTime();
            BackupKey key = BackupKey.derive(keybag, password);
            say(String.format(Locale.ROOT, "Derived the key in %.1f s.", (System.nanoTime() - started) / 1e9));
            return key;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    /** The password's UTF-8 bytes from the first source that has one; the caller clears them. */
    public byte[] password(Path folder) throws IOException {
        if (options.passwordFile != null) {
            return withoutNewline(readSecretFile(options.passwordFile, "password file"));
        }
        if (options.password != null) {
            say("warning: a password given with --password shows in the process list and the shell history; "
                    + "prefer the prompt, --password-file or " + env + ".");
            return nonEmpty(utf8(options.password));
        }
        for (String name : new String[] {env, mvtEnv}) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                say("Using the backup password from " + name + ".");
                return nonEmpty(utf8(value.toCharArray()));
            }
        }
        if (prompt == null) {
            throw SpyglassException.usage(folder + " is an encrypted backup and no password was given, and there is "
                    + "no terminal to ask for it: use --password-file FILE" + (keyFileAllowed() ? ", " : " or ") + env
                    + (keyFileAllowed() ? " or --key-file FILE." : "."));
        }
        char[] typed = prompt.read("Password of the encrypted backup " + folder + ": ");
        if (typed == null) {
            throw SpyglassException.usage("No password was typed for the encrypted backup " + folder + ".");
        }
        try {
            return nonEmpty(utf8(typed));
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    private static String describe(Keybag keybag) {
        return keybag.twoStage()
                ? String.format(Locale.ROOT, "PBKDF2-SHA256 with %,d iterations, then PBKDF2-SHA1 with %,d",
                        keybag.passcodeIterations(), keybag.iterations())
                : String.format(Locale.ROOT, "PBKDF2-SHA1 with %,d iterations", keybag.iterations());
    }

    private static byte[] readSecretFile(Path file, String what) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                Arrays.fill(bytes, (byte) 0);
                throw SpyglassException.input("The " + what + " " + file + " is larger than " + MAX_FILE_BYTES
                        + " bytes: is it the right file?");
            }
            return bytes;
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "it does not exist" : e.getMessage();
            throw SpyglassException.input("The " + what + " " + file + " cannot be read (" + why + "). Check its "
                    + "name and that you may read it.", e);
        }
    }

    private byte[] withoutNewline(byte[] bytes) {
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') {
            end--;
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
        }
        if (end == bytes.length) {
            return nonEmpty(bytes);
        }
        byte[] trimmed = Arrays.copyOf(bytes, end);
        Arrays.fill(bytes, (byte) 0);
        return nonEmpty(trimmed);
    }

    /** UTF-8 without ever making a String of the password. */
    static byte[] utf8(char[] chars) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(chars));
            byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
            Arrays.fill(encoded.array(), (byte) 0);
            return bytes;
        } catch (CharacterCodingException e) {
            throw SpyglassException.usage("The backup password holds characters that are not valid Unicode.");
        }
    }

    private byte[] nonEmpty(byte[] password) {
        if (password.length == 0) {
            throw SpyglassException.usage("The backup password is empty: " + platform + " never encrypts a backup "
                    + "with an empty password.");
        }
        return password;
    }

    private boolean keyFileAllowed() {
        return platform.equals("iOS");
    }

    private void say(String line) {
        err.println(line);
        err.flush();
    }
}
