package org.spyglass.cli.ios;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.spyglass.cli.secrets.BackupPasswords;
import org.spyglass.cli.secrets.PasswordOptions;
import org.spyglass.cli.secrets.PasswordPrompt;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.ios.backup.BackupLocator;
import org.spyglass.ios.backup.BackupSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spyglass ios extract-key BACKUP [-k FILE]}. */
@Command(name = "extract-key", mixinStandardHelpOptions = true,
        description = {"Derive the key of an encrypted backup from its password and print it in hex (or write it "
                + "with -k), so that later runs can use --key-file and skip the slow derivation.",
            "The key opens the backup like the password does: keep it as safe."})
public final class ExtractKeyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BACKUP", description = "The encrypted backup folder (or its parent).")
    Path backup;

    @Mixin
    PasswordOptions passwords;

    @Option(names = {"-k", "--key-file"}, paramLabel = "FILE",
            description = "Write the key to FILE (readable by you only) instead of printing it.")
    Path keyFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = BackupLocator.locate(backup).toRealPath();
        if (keyFile != null) {
            OutsideEvidence.require(keyFile, folder, "The key file");
        }
        BackupPasswords keys = new BackupPasswords(passwords, null, System.getenv(), PasswordPrompt.console(), err);
        AtomicReference<String> hex = new AtomicReference<>();
        try (BackupSource source = BackupSource.open(folder, (root, keybag) -> {
            var key = keys.keyProvider().key(root, keybag);
            hex.set(key.toHex());
            return key;
        })) {
            if (!source.encrypted()) {
                throw SpyglassException.input(folder + " is not encrypted: it has no key to extract.");
            }
        }
        if (keyFile == null) {
            out.println(hex.get());
            out.flush();
        } else {
            writeOwnerOnly(keyFile, hex.get());
            err.println("Wrote the backup key to " + keyFile + ".");
            err.flush();
        }
        return ExitCode.COMPLETED.code();
    }

    /** Writes the key with no trailing newline (as MVT writes it), readable by its owner only where possible. */
    private static void writeOwnerOnly(Path file, String hex) throws IOException {
        try {
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, hex, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw SpyglassException.output("The key file " + file + " cannot be written (" + e.getMessage()
                    + "); check the folder and its permissions.", e);
        }
    }
}
