package org.spyglass.android.androidqf.settings;

import java.io.IOException;
import java.io.InputStream;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.text.SkippedLines;
import org.spyglass.core.text.TextLines;

/**
 * Reads each {@code settings_<namespace>.txt}: one {@code key=value} a line (the value may hold {@code =}). Blank
 * lines are passed over; lines without {@code =} or with an empty key are counted in one warning per file.
 */
final class SettingsParser implements Parser<AqfSetting> {

    @Override
    public void parse(ParseContext<AqfSetting> context) {
        for (EvidenceFile file : context.files()) {
            try (InputStream in = context.source().open(file)) {
                read(new TextLines(in), file.devicePath(), namespace(file.name()), context);
            } catch (IOException e) {
                context.warn(file.devicePath(), file.name() + " could not be read: " + e.getMessage());
            }
        }
    }

    /** The text after the file name's last {@code _}, without {@code .txt}. */
    static String namespace(String fileName) {
        String base = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        return base.substring(base.lastIndexOf('_') + 1);
    }

    private static void read(TextLines text, String path, String namespace, ParseContext<AqfSetting> context)
            throws IOException {
        SkippedLines skipped = new SkippedLines();
        for (String line = text.next(); line != null && !context.cancelled(); line = text.next()) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0 || line.substring(0, equals).isBlank()) {
                skipped.add(text.number());
                continue;
            }
            context.emit(new AqfSetting(namespace, line.substring(0, equals).strip(), line.substring(equals + 1),
                    path));
        }
        skipped.report(context, path, "%d line(s) were not key=value and were skipped, the "
                + "first at line %d");
    }
}
