package org.spyglass.android.dumpsys;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Set;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;

/**
 * The common part of the parsers that read sections of the dumpstate text: it streams each file the module declared
 * through {@link DumpsysSections}, warns when a section was cut, and tells the module as absent when the section is
 * not there at all. The device's time zone ({@link DeviceTimes#zone}) is read once, when a section is first met.
 *
 * @param <R> the record type
 */
public abstract class SectionParser<R extends Record> implements Parser<R> {
    private final String section;
    private ZoneId zone;
    private boolean zoneRead;

    /** @param section the section read ({@code DUMP OF SERVICE} name, or {@link DumpsysSections#GETPROP}) */
    protected SectionParser(String section) {
        this.section = section;
    }

    /** The device's time zone, to turn its wall-clock times into UTC; null when the evidence does not tell it. */
    protected final ZoneId zone() {
        return zone;
    }

    /** Called before the first line of each occurrence of the section. */
    protected abstract void begin(String file);

    /** One line of the section. */
    protected abstract void line(String line, long number, String file, ParseContext<R> context);

    /** Called after the last line of each occurrence of the section, complete or cut. */
    protected abstract void finish(String file, ParseContext<R> context);

    @Override
    public final void parse(ParseContext<R> context) {
        for (EvidenceFile file : context.files()) {
            String path = file.devicePath();
            boolean[] seen = {false};
            boolean[] open = {false};
            try (InputStream in = context.source().open(file)) {
                DumpsysSections.read(in, Set.of(section), new DumpsysSections.Visitor() {
                    @Override
                    public void line(String name, String line, long number) {
                        opening();
                        SectionParser.this.line(line, number, path, context);
                    }

                    @Override
                    public void end(String name, boolean complete, long number) {
                        opening();
                        open[0] = false;
                        finish(path, context);
                        if (!complete) {
                            context.warn(path, "the " + section + " section ends unfinished at line " + number
                                    + " (cut, or another Android version's format); what it held so far was read");
                        }
                    }

                    private void opening() {
                        if (!open[0]) {
                            open[0] = true;
                            seen[0] = true;
                            if (!zoneRead) {
                                zoneRead = true;
                                zone = DeviceTimes.zone(context.source());
                            }
                            begin(path);
                        }
                    }
                }, context::cancelled);
            } catch (IOException e) {
                context.warn(path, "the dumpstate text could not be read: " + e.getMessage());
            }
            if (!seen[0]) {
                context.absent(path, "the dumpstate text has no " + section + " section");
            }
        }
    }
}
