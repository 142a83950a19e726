package org.spyglass.android.ab;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.module.ArtifactModule;
import org.spyglass.core.module.Warning;
import org.spyglass.core.progress.ProgressListener;
import org.spyglass.core.source.DeviceFileList;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.ExtractedArchive;
import org.spyglass.core.source.FolderSource;
import org.spyglass.core.source.Scratch;
import org.spyglass.core.source.SourceKind;

/**
 * An Android backup: an {@code adb backup} {@code .ab} file, or the folder its tar was extracted to (holding
 * {@code apps/<package>/...}). A {@code .ab} file is read once as a stream ({@link AbReader}); only the members some
 * module reads (the artifacts of the registered modules for {@link SourceKind#ANDROID_BACKUP}) are written, into a
 * private scratch folder removed by {@link #close()}. Device paths are {@code /} plus the tar path, e.g.
 * {@code /apps/com.android.providers.telephony/d_f/000000_sms_backup}. The {@code .ab} file is hashed whole; the
 * members read are listed as {@code file.ab!/member}. Thread-safe.
 */
public final class AndroidBackupSource extends FolderSource {
    static final String APPS = "apps";
    static final long MAX_MEMBER_BYTES = 512L * 1024 * 1024;

    private final Path evidence;
    private final Path content;
    private final Scratch extraction;
    private final String sha256;
    private final DeviceFileList listing;
    private final Map<String, String> deviceInfo;
    private final List<Warning> warnings;

    private AndroidBackupSource(Path evidence, Path content, Scratch extraction, String sha256,
                                Map<String, String> deviceInfo, List<Warning> warnings) throws IOException {
        super(SourceKind.ANDROID_BACKUP, content, evidence, null);
        this.evidence = evidence;
        this.content = content.toRealPath();
        this.extraction = extraction;
        this.sha256 = sha256;
        this.listing = new DeviceFileList("/", regularFiles(this.content));
        this.deviceInfo = Collections.unmodifiableMap(deviceInfo);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Opens a {@code .ab} file or an extracted backup folder, keeping the members the registered modules read.
     * Every refusal is a {@link SpyglassException} with exit code INPUT_ERROR (missing, not a backup, truncated
     * header, wrong password).
     */
    public static AndroidBackupSource open(Path given, AbReader.PasswordSupplier passwords) throws IOException {
        List<DeviceGlob> wanted = new ArrayList<>();
        for (ArtifactModule<?> module : ServiceLoader.load(ArtifactModule.class)) {
            if (module.sourceKinds().contains(SourceKind.ANDROID_BACKUP)) {
                module.artifacts().forEach(glob -> wanted.add(DeviceGlob.compile(glob)));
            }
        }
        return open(given, passwords, wanted);
    }

    /** Opens a backup keeping, from a {@code .ab} file, the members matching {@code wanted} (device-path globs). */
    public static AndroidBackupSource open(Path given, AbReader.PasswordSupplier passwords, List<DeviceGlob> wanted)
            throws IOException {
        if (!Files.exists(given)) {
            throw SpyglassException.input(given + " does not exist: give the .ab file `adb backup` wrote, or the "
                    + "folder its content was extracted to.");
        }
        Path evidence = given.toRealPath();
        if (Files.isDirectory(evidence)) {
            if (!Files.isDirectory(evidence.resolve(APPS), LinkOption.NOFOLLOW_LINKS)) {
                throw SpyglassException.input(evidence + " does not look like an extracted Android backup: it has "
                        + "no apps folder. Give the .ab file `adb backup` wrote, or the folder its tar was "
                        + "extracted to.");
            }
            return new AndroidBackupSource(evidence, evidence, null, null, Map.of("backup_format", "folder"),
                    List.of());
        }
        Scratch scratch = Scratch.create(evidence);
        try {
            Path into = Files.createDirectory(scratch.path().resolve("members"));
            MessageDigest digest = sha256();
            List<Warning> warnings = new ArrayList<>();
            Map<String, String> info = new LinkedHashMap<>();
            try (InputStream raw = new DigestInputStream(Files.newInputStream(evidence), digest)) {
                AbHeader header = header(raw, evidence);
                info.put("backup_format_version", Integer.toString(header.version()));
                info.put("backup_compressed", Boolean.toString(header.compressed()));
                info.put("backup_encrypted", Boolean.toString(header.encrypted()));
                try (InputStream payload = payload(header, raw, passwords, evidence)) {
                    AbMembers.extract(payload, into, wanted, warnings, evidence);
                    raw.transferTo(OutputStream.nullOutputStream());
                }
            }
            return new AndroidBackupSource(evidence, into, scratch, HexFormat.of().formatHex(digest.digest()), info,
                    warnings);
        } catch (IOException | RuntimeException e) {
            scratch.close();
            throw e;
        }
    }

    private static AbHeader header(InputStream raw, Path evidence) throws IOException {
        try {
            return AbHeader.read(raw);
        } catch (AbFormatException e) {
            throw SpyglassException.input(evidence + " is not an Android backup (.ab): " + e.getMessage() + ".", e);
        } catch (EOFException e) {
            throw SpyglassException.input(evidence + " is not a complete Android backup (.ab): it ends inside its "
                    + "header.", e);
        }
    }

    private static InputStream payload(AbHeader header, InputStream raw, AbReader.PasswordSupplier passwords,
                                       Path evidence) throws IOException {
        try {
            return AbReader.payload(header, raw, passwords);
        } catch (WrongPasswordException e) {
            throw SpyglassException.input("The password does not open the encrypted Android backup " + evidence
                    + ": check it and try again.", e);
        } catch (AbFormatException e) {
            throw SpyglassException.input(evidence + " is a damaged Android backup: " + e.getMessage() + ".", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    @Override
    protected Path hostPath(EvidenceFile file) throws IOException {
        String path = file.devicePath();
        if (!path.startsWith("/") || path.contains("/../") || path.endsWith("/..")) {
            throw new NoSuchFileException(path + " is not a path of this backup");
        }
        return content.resolve(path.substring(1)).normalize();
    }

    @Override
    public Optional<EvidenceFile> file(String devicePath) {
        return listing.file(devicePath);
    }

    @Override
    public List<EvidenceFile> find(String devicePathGlob) {
        return listing.find(DeviceGlob.compile(devicePathGlob));
    }

    @Override
    public void forEachFile(Consumer<EvidenceFile> visitor) {
        listing.forEach(visitor);
    }

    /** For a {@code .ab} file, the members read are named {@code file.ab!/member}, and the file's hash is added. */
    @Override
    public Map<String, String> hashes() {
        Map<String, String> read = super.hashes();
        return extraction == null ? read : ExtractedArchive.memberHashes(read, content, evidence, sha256);
    }

    /** A {@code .ab} file was hashed whole when it was read; a folder is walked. */
    @Override
    public void hashEverything(BiConsumer<Path, IOException> problems, BooleanSupplier cancelled,
                               ProgressListener progress) throws IOException {
        if (extraction == null) {
            super.hashEverything(problems, cancelled, progress);
        }
    }

    @Override
    public Map<String, String> deviceInfo() {
        return deviceInfo;
    }

    @Override
    public List<Warning> warnings() {
        return warnings;
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            if (extraction != null) {
                extraction.close();
            }
        }
    }
}
