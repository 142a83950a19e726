package org.spyglass.ios.backupinfo;

import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.Plists;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.BackupSource.ContainerFile;

/**
 * Reads the backup folder's own {@code Info.plist} (not a device file) into one record. Only the keys it reports are
 * converted: the embedded app metadata, often megabytes of icons, is left to the applications module. A key of
 * an unexpected type is a warning and reads as null.
 */
final class BackupInfoParser implements Parser<BackupInfoRecord> {

    @Override
    public void parse(ParseContext<BackupInfoRecord> context) throws IOException {
        if (!(context.source() instanceof BackupSource backup)) {
            context.absent(context.source().root().toString(), "only an iTunes backup has an Info.plist");
            return;
        }
        String location = backup.containerPath(ContainerFile.INFO_PLIST).toString();
        Optional<NSDictionary> plist;
        try {
            plist = backup.containerPlist(ContainerFile.INFO_PLIST);
        } catch (PlistException e) {
            context.warn(location, "Info.plist is not a readable property list: " + e.getMessage());
            return;
        }
        if (plist.isEmpty()) {
            context.absent(location, "the backup folder holds no Info.plist");
            return;
        }
        Keys keys = new Keys(plist.get(), location, context);
        String productType = keys.text("Product Type");
        context.emit(new BackupInfoRecord(keys.text("Build Version"), keys.text("Device Name"),
                keys.text("Display Name"), keys.text("GUID"), keys.text("ICCID"), keys.text("IMEI"),
                keys.text("MEID"), keys.texts("Installed Applications"), keys.date("Last Backup Date"),
                keys.text("Phone Number"), keys.text("Product Name"), productType,
                IosModels.of(productType).map(IosModels.Model::name).orElse(null), keys.text("Product Version"),
                keys.text("Serial Number"), keys.text("Target Identifier"), keys.text("Target Type"),
                keys.text("Unique Identifier"), keys.text("iTunes Version")));
    }

    /** Typed reads of Info.plist keys; a value of the wrong type is a warning. */
    private record Keys(NSDictionary plist, String location, ParseContext<?> context) {

        String text(String key) {
            Object value = value(key);
            if (value == null || value instanceof String) {
                return (String) value;
            }
            if (value instanceof Number || value instanceof Boolean) {
                return value.toString();
            }
            wrongType(key, value, "text");
            return null;
        }

        Instant date(String key) {
            Object value = value(key);
            if (value == null || value instanceof Instant) {
                return (Instant) value;
            }
            wrongType(key, value, "a date");
            return null;
        }

        List<String> texts(String key) {
            Object value = value(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                wrongType(key, value, "a list");
                return List.of();
            }
            List<String> texts = new ArrayList<>(list.size());
            for (Object item : list) {
                if (item instanceof String text) {
                    texts.add(text);
                }
            }
            return texts;
        }

        private Object value(String key) {
            try {
                return Plists.toJava(plist.get(key));
            } catch (PlistException e) {
                context.warn(location + ": " + key, "unreadable value: " + e.getMessage());
                return null;
            }
        }

        private void wrongType(String key, Object value, String expected) {
            context.warn(location + ": " + key, "expected " + expected + " but found a "
                    + value.getClass().getSimpleName() + "; left out");
        }
    }
}
