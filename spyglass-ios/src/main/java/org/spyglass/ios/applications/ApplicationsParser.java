package org.spyglass.ios.applications;

import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.BackupSource.ContainerFile;

/**
 * In a backup, reads Info.plist's {@code Applications}: per bundle id, the embedded {@code iTunesMetadata} plist and
 * the SHA-256 of {@code PlaceholderIcon}. In a filesystem dump, reads each app's {@code iTunesMetadata.plist}. An
 * unreadable metadata plist is a warning; the app is still listed with what is known.
 */
final class ApplicationsParser implements Parser<ApplicationRecord> {

    @Override
    public void parse(ParseContext<ApplicationRecord> context) throws IOException {
        if (context.source() instanceof BackupSource backup) {
            readBackup(backup, context);
        } else {
            readFilesystem(context);
        }
    }

    private static void readBackup(BackupSource backup, ParseContext<ApplicationRecord> context) throws IOException {
        String location = backup.containerPath(ContainerFile.INFO_PLIST).toString();
        Optional<NSDictionary> info;
        try {
            info = backup.containerPlist(ContainerFile.INFO_PLIST);
        } catch (PlistException e) {
            context.warn(location, "Info.plist is not a readable property list: " + e.getMessage());
            return;
        }
        if (info.isEmpty()) {
            context.absent(location, "the backup folder holds no Info.plist");
            return;
        }
        if (!(info.get().get("Applications") instanceof NSDictionary applications) || applications.isEmpty()) {
            context.absent(location, "Info.plist lists no Applications");
            return;
        }
        for (Map.Entry<String, NSObject> app : applications.entrySet()) {
            if (context.cancelled()) {
                return;
            }
            String where = location + ": Applications/" + app.getKey();
            if (!(app.getValue() instanceof NSDictionary entry)) {
                context.warn(where, "expected a dictionary; the app is listed without its metadata");
                context.emit(ITunesMetadata.record(app.getKey(), Map.of(), null, null));
                continue;
            }
            Map<?, ?> metadata = Map.of();
            if (entry.get("iTunesMetadata") instanceof NSData data) {
                metadata = metadata(data.bytes(), where + "/iTunesMetadata", context);
            }
            String icon = entry.get("PlaceholderIcon") instanceof NSData data ? sha256(data.bytes()) : null;
            context.emit(ITunesMetadata.record(app.getKey(), metadata, icon, null));
        }
    }

    private static void readFilesystem(ParseContext<ApplicationRecord> context) throws IOException {
        List<EvidenceFile> files = context.source().find(ApplicationsModule.FILESYSTEM_GLOB);
        if (files.isEmpty()) {
            context.absent(ApplicationsModule.FILESYSTEM_GLOB, "no app has an iTunesMetadata.plist");
            return;
        }
        for (EvidenceFile file : files) {
            if (context.cancelled()) {
                return;
            }
            Map<?, ?> metadata;
            try (InputStream in = context.source().open(file)) {
                metadata = metadata(Plists.parse(in), file.devicePath(), context);
            } catch (FileNotFoundException e) {
                context.warn(file.devicePath(), e.getMessage());
                continue;
            } catch (PlistException e) {
                context.warn(file.devicePath(), "iTunesMetadata.plist is not a readable property list ("
                        + e.getMessage() + "); the app is listed without it");
                metadata = Map.of();
            }
            context.emit(ITunesMetadata.record(null, metadata, null, file.devicePath()));
        }
    }

    private static Map<?, ?> metadata(byte[] plist, String where, ParseContext<?> context) {
        try {
            return metadata(Plists.parse(plist), where, context);
        } catch (PlistException e) {
            context.warn(where, "iTunesMetadata is not a readable property list (" + e.getMessage()
                    + "); the app is listed without it");
            return Map.of();
        }
    }

    private static Map<?, ?> metadata(NSObject root, String where, ParseContext<?> context)
            throws PlistException {
        if (Plists.toJava(root) instanceof Map<?, ?> map) {
            return map;
        }
        context.warn(where, "iTunesMetadata should hold a dictionary; the app is listed without it");
        return Map.of();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
