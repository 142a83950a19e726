package org.spyglass.ios.backup;

import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.plist.KeyedArchive;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.FileTimes;
import org.spyglass.core.source.FolderSource;
import org.spyglass.core.source.SourceKind;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.UnreadableDatabaseException;
import org.spyglass.ios.backup.crypto.BackupDecryption;
import org.spyglass.ios.backup.crypto.BackupKey;
import org.spyglass.ios.backup.crypto.Keybag;

/**
 * An iTunes/Finder/idevicebackup2 backup folder, plain or encrypted, read-only. Files are looked up by absolute
 * device path (domains mapped by {@link BackupDomains}), by domain and relative path, or by glob, through an in-memory
 * index of Manifest.db's regular files. Manifest.db itself is read from a scratch copy; {@link #manifestRows()}
 * streams all its rows (folders and links too), and {@link #containerPlist} reads the backup's own plists
 * (Info.plist, …).
 *
 * <p>An encrypted backup is opened with a {@link KeyProvider}: its keybag is unlocked first (a wrong password stops
 * there), Manifest.db is decrypted into the scratch folder, and each file is decrypted as it is read through
 * {@link #open} (and so through {@link #localCopy} and {@link #sqliteCopy}, whose copies lie in scratch). Nothing
 * decrypted is ever written next to the evidence. {@link #hashes()} and {@link #hashEverything} cover the evidence as
 * stored: the encrypted files, not their plaintext.
 *
 * <p>A file listed in Manifest.db but absent from the folder is still returned by the look-ups; {@link #open} then
 * throws {@link java.io.FileNotFoundException}. Thread-safe.
 */
public final class BackupSource extends FolderSource {
    /** The files of the backup folder itself, beside Manifest.db: they describe the backup, not the device. */
    public enum ContainerFile {
        /** Device facts and the embedded metadata of each installed app. */
        INFO_PLIST(BackupLocator.INFO_PLIST),
        /** Encryption, the keybag and the lockdown facts. */
        MANIFEST_PLIST("Manifest.plist"),
        /** The state of the backup run. */
        STATUS_PLIST("Status.plist");

        private final String fileName;

        ContainerFile(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    /** Supplies the key of an encrypted backup; asked only when the backup needs one. */
    @FunctionalInterface
    public interface KeyProvider {
        /**
         * The key that opens {@code keybag}: derived from a password ({@link BackupKey#derive}) or read from a key
         * file. The source clears it once the class keys are unwrapped.
         *
         * @throws IOException when the password cannot be read; a {@link SpyglassException} says why in one sentence
         */
        BackupKey key(Path backupFolder, Keybag keybag) throws IOException;
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Object manifestLock = new Object();
    private final KeyProvider keys;
    private BackupDecryption decryption;
    private EvidenceDatabase manifest;
    private ManifestIndex index;
    private Map<String, String> deviceInfo;

    private BackupSource(Path folder, KeyProvider keys) throws IOException {
        super(SourceKind.IOS_BACKUP, folder);
        this.keys = keys;
    }

    /**
     * Opens the plain backup in {@code given}, or in its only sub-folder holding one. Every refusal is a
     * {@link SpyglassException} with exit code INPUT_ERROR and one sentence saying what to do: not a backup, an
     * encrypted backup, an unreadable Manifest.db.
     */
    public static BackupSource open(Path given) throws IOException {
        return open(given, null);
    }

    /**
     * Opens the backup in {@code given} (or its only sub-folder holding one), plain or encrypted; {@code keys} is
     * asked for the key only when the backup is encrypted. A copy decrypted by another tool (Manifest.plist still
     * says encrypted, but Manifest.db is plain SQLite beside a ManifestKey) is read as plain. Refusals are
     * {@link SpyglassException}s (input error): those of {@link #open(Path)}, a missing or damaged keybag, a wrong
     * password (found before anything is decrypted), a Manifest.db that does not decrypt.
     *
     * @param keys supplies the key of an encrypted backup; null refuses encrypted backups
     */
    public static BackupSource open(Path given, KeyProvider keys) throws IOException {
        BackupSource source = new BackupSource(BackupLocator.locate(given), keys);
        try {
            source.load();
            return source;
        } catch (IOException | RuntimeException e) {
            try {
                source.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Looks a file up by device path; when several domains list the same path, the first in Manifest order. */
    @Override
    public Optional<EvidenceFile> file(String devicePath) {
        return index.exact(devicePath).stream().findFirst();
    }

    /** Looks a file up by its backup domain and relative path. */
    public Optional<EvidenceFile> file(String domain, String relativePath) {
        return index.exact(BackupDomains.devicePath(domain, relativePath)).stream()
                .filter(file -> file.domain().equals(domain)).findFirst();
    }

    @Override
    public List<EvidenceFile> find(String devicePathGlob) {
        return index.find(DeviceGlob.compile(devicePathGlob));
    }

    @Override
    public void forEachFile(Consumer<EvidenceFile> visitor) {
        index.forEach(visitor);
    }

    /** How many regular files Manifest.db lists. */
    public int fileCount() {
        return index.size();
    }

    /** Manifest.db rows that were left out because their fileID, domain or path was malformed. */
    public int malformedRows() {
        return index.skipped();
    }

    /** True when the backup's files are decrypted as they are read. */
    public boolean encrypted() {
        return decryption != null;
    }

    /**
     * The scratch copy of Manifest.db (decrypted for an encrypted backup), for reading only; it is deleted by
     * {@link #close()}.
     */
    public Path manifestDatabase() {
        synchronized (manifestLock) {
            if (manifest == null) {
                throw new IllegalStateException("the backup source is closed: " + root());
            }
            return manifest.path();
        }
    }

    /**
     * Opens a file for reading, decrypting it when the backup is encrypted; the bytes hashed are those stored in the
     * backup folder. A file whose key is missing or damaged, or whose stored copy is truncated, is an
     * {@link IOException} naming its device path.
     */
    @Override
    public InputStream open(EvidenceFile file) throws IOException {
        if (decryption == null) {
            return super.open(file);
        }
        Map<?, ?> mbFile;
        try {
            mbFile = archivedFile(file).orElseThrow(() -> new IOException(file.devicePath()
                    + " cannot be decrypted: its Manifest.db record has no file blob"));
        } catch (PlistException e) {
            throw new IOException(file.devicePath() + " cannot be decrypted: its Manifest.db record cannot be read ("
                    + e.getMessage() + ")", e);
        }
        return BackupEncryption.decryptFile(decryption, mbFile, super.open(file), file.devicePath());
    }

    /** The three times Manifest.db records for the file. */
    @Override
    public FileTimes times(EvidenceFile file) throws IOException {
        try {
            return fileInfo(file).map(info -> new FileTimes(info.lastModified(), info.lastStatusChange(), info.birth()))
                    .orElse(FileTimes.UNKNOWN);
        } catch (PlistException e) {
            throw new IOException("the times of " + file.devicePath() + " cannot be read from Manifest.db: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Decodes the file's metadata from Manifest.db's {@code file} blob; empty when the row has no blob. A blob that
     * cannot be decoded is a {@link PlistException}.
     */
    public Optional<BackupFileInfo> fileInfo(EvidenceFile file) throws IOException, PlistException {
        return archivedFile(file).map(BackupFileInfo::fromArchived);
    }

    private Optional<Map<?, ?>> archivedFile(EvidenceFile file) throws IOException, PlistException {
        Objects.requireNonNull(file.id(), "a backup file has an id");
        byte[] blob;
        synchronized (manifestLock) {
            if (manifest == null) {
                throw new IllegalStateException("the backup source is closed: " + root());
            }
            try (Rows rows = manifest.query("SELECT file FROM Files WHERE fileID = ?", file.id())) {
                blob = rows.next() ? rows.getBytes("file") : null;
            } catch (SQLException e) {
                throw new IOException("Manifest.db could not be read for " + file.devicePath() + ": "
                        + e.getMessage(), e);
            }
        }
        if (blob == null) {
            return Optional.empty();
        }
        if (KeyedArchive.decode(blob) instanceof Map<?, ?> mbFile) {
            return Optional.of(mbFile);
        }
        throw new PlistException("the file blob of " + file.devicePath() + " is not an archived MBFile");
    }


    /** Where a container file lies on the host (it may not exist), for messages. */
    public Path containerPath(ContainerFile file) {
        return root().resolve(file.fileName());
    }

    /**
     * Parses a container plist whose top level is a dictionary, hashing it as it is read like every evidence file;
     * empty when the backup folder lacks it.
     */
    public Optional<NSDictionary> containerPlist(ContainerFile file) throws IOException, PlistException {
        Path host = containerPath(file);
        if (!Files.isRegularFile(host, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = openHost(host, file.fileName())) {
            return Optional.of(Plists.parseDictionary(in));
        }
    }

    /**
     * Streams every row of Manifest.db's {@code Files} table: regular files (listed or not in the look-ups, stored
     * or missing), folders and links, with their flags and undecoded {@code file} blobs. It reads the scratch copy
     * through its own connection, so it does not block the look-ups; close it before closing the source.
     */
    public ManifestRows manifestRows() throws IOException, SQLException {
        Path copy;
        synchronized (manifestLock) {
            if (manifest == null) {
                throw new IllegalStateException("the backup source is closed: " + root());
            }
            copy = manifest.path();
        }
        try {
            return ManifestRows.open(copy, root());
        } catch (UnreadableDatabaseException e) {
            throw new IOException("Manifest.db could not be read again: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, String> deviceInfo() {
        return deviceInfo;
    }

    @Override
    protected Path hostPath(EvidenceFile file) {
        if (!BackupFileIds.isValid(file.id())) {
            throw new IllegalArgumentException("not a file of this backup: " + file);
        }
        return root().resolve(BackupFileIds.storagePath(file.id()));
    }

    @Override
    public void close() throws IOException {
        try {
            synchronized (manifestLock) {
                if (decryption != null) {
                    decryption.destroy();
                }
                if (manifest != null) {
                    manifest.close();
                    manifest = null;
                }
            }
        } catch (SQLException e) {
            throw new IOException("Manifest.db could not be closed: " + e.getMessage(), e);
        } finally {
            super.close();
        }
    }

    private void load() throws IOException {
        Path folder = root();
        NSDictionary info = plist(BackupLocator.INFO_PLIST);
        NSDictionary manifestPlist = plist("Manifest.plist");
        BackupMetadata metadata;
        try {
            metadata = BackupMetadata.of(info, manifestPlist);
        } catch (PlistException e) {
            throw SpyglassException.input(folder + " has an unreadable Info.plist or Manifest.plist ("
                    + e.getMessage() + "). Check that the backup finished copying.", e);
        }
        Path manifestDb = folder.resolve(BackupLocator.MANIFEST_DB);
        byte[] manifestKey = BackupEncryption.data(manifestPlist, "ManifestKey");
        boolean encrypted = metadata.encrypted() && !(manifestKey != null && plainSqlite(manifestDb));
        if (encrypted && keys == null) {
            throw encrypted("its Manifest.plist says IsEncrypted", null);
        }
        if (manifestPlist == null && !plainSqlite(manifestDb)) {
            throw SpyglassException.input(folder + " has no Manifest.plist and its Manifest.db is not plain SQLite: "
                    + "an encrypted backup cannot be opened without the Manifest.plist that holds its keybag. Copy "
                    + "the whole backup folder again.");
        }
        if (encrypted) {
            decryption = BackupEncryption.unlock(folder, manifestPlist, keys);
        }
        try {
            manifest = EvidenceDatabase.open(manifestKey != null && encrypted ? decryptManifest(manifestDb,
                    manifestKey) : sqliteCopyHost(manifestDb));
            if (!manifest.hasTable("Files")) {
                throw encrypted ? undecryptable("it has no Files table", null)
                        : encrypted("its Manifest.db has no Files table", null);
            }
            index = ManifestIndex.load(manifest);
        } catch (UnreadableDatabaseException e) {
            throw encrypted ? undecryptable("it is not readable as SQLite", e)
                    : encrypted("its Manifest.db is not readable as SQLite", e);
        } catch (SQLException e) {
            throw SpyglassException.input(folder + " has a damaged Manifest.db (" + e.getMessage()
                    + "). Make a new backup, or decrypt it first if it is encrypted.", e);
        }
        deviceInfo = metadata.deviceInfo();
    }

    /** Decrypts Manifest.db into a new scratch folder, hashing the stored copy as it is read. */
    private Path decryptManifest(Path manifestDb, byte[] manifestKey) throws IOException {
        Path copy = newScratchFolder("sqlite").resolve(BackupLocator.MANIFEST_DB);
        BackupEncryption.decryptManifest(root(), decryption, openHost(manifestDb, BackupLocator.MANIFEST_DB),
                manifestKey, copy);
        return copy;
    }

    /** True when the file starts with the SQLite header; it is hashed as a whole, like every file read. */
    private boolean plainSqlite(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = openHost(file, BackupLocator.MANIFEST_DB)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }

    private SpyglassException undecryptable(String why, Exception cause) {
        return SpyglassException.input(root() + " has an encrypted Manifest.db that does not decrypt to a usable "
                + "database (" + why + "): the backup is damaged. Copy it again from the computer that made it.",
                cause);
    }

    private SpyglassException encrypted(String why, Exception cause) {
        return SpyglassException.input(root() + " is an encrypted backup (" + why + "). Decrypt it first with "
                + "`spyglass ios decrypt-backup` (it asks for the backup password) and check the decrypted copy, "
                + "or make a new backup with \"Encrypt local backup\" turned off.", cause);
    }

    private NSDictionary plist(String name) throws IOException {
        Path file = root().resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = openHost(file, name)) {
            return Plists.parseDictionary(in);
        } catch (PlistException e) {
            throw SpyglassException.input(root() + " has an unreadable " + name + " (" + e.getMessage()
                    + "). Check that the backup finished copying.", e);
        }
    }
}
