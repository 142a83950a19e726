package org.spyglass.android.androidqf.getprop;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.spyglass.android.GetPropLine;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.text.SkippedLines;
import org.spyglass.core.text.TextLines;

/**
 * Reads {@code getprop.txt}, one {@code [name]: [value]} a line. Blank lines are passed over; other lines that do
 * not fit (a value spread over several lines, for one) are counted in one warning.
 */
final class GetPropParser implements Parser<AqfProperty> {

    @Override
    public void parse(ParseContext<AqfProperty> context) {
        Instant acquired = acquired(context);
        for (EvidenceFile file : context.files()) {
            try (InputStream in = context.source().open(file)) {
                read(new TextLines(in), file.devicePath(), acquired, context);
            } catch (IOException e) {
                context.warn(file.devicePath(), "getprop.txt could not be read: " + e.getMessage());
            }
        }
    }

    private static Instant acquired(ParseContext<AqfProperty> context) {
        String started = context.source().deviceInfo().get(AndroidqfSource.ACQUISITION_STARTED);
        try {
            return started == null ? null : Instant.parse(started);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void read(TextLines text, String path, Instant acquired, ParseContext<AqfProperty> context)
            throws IOException {
        SkippedLines skipped = new SkippedLines();
        for (String line = text.next(); line != null && !context.cancelled(); line = text.next()) {
            if (line.isBlank()) {
                continue;
            }
            var property = GetPropLine.parse(line);
            if (property.isEmpty()) {
                skipped.add(text.number());
                continue;
            }
            context.emit(new AqfProperty(property.get().name(), property.get().value(), acquired, path));
        }
        skipped.report(context, path, "%d line(s) were not [name]: [value] and were skipped, "
                + "the first at line %d");
    }
}
