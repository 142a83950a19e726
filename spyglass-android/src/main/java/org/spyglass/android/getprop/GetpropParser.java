package org.spyglass.android.getprop;

import org.spyglass.android.GetPropLine;
import org.spyglass.android.dumpsys.DumpsysSections;
import org.spyglass.android.dumpsys.SectionParser;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.text.SkippedLines;

/**
 * Reads the getprop block: one record per {@code [name]: [value]} line. Lines that are not (a value spread over
 * several lines, say) are counted in one warning per block.
 */
final class GetpropParser extends SectionParser<SystemProperty> {
    private final SkippedLines skipped = new SkippedLines();

    GetpropParser() {
        super(DumpsysSections.GETPROP);
    }

    @Override
    protected void begin(String file) {
        skipped.reset();
    }

    @Override
    protected void line(String line, long number, String file, ParseContext<SystemProperty> context) {
        if (line.isBlank()) {
            return;
        }
        GetPropLine.parse(line).ifPresentOrElse(p -> context.emit(new SystemProperty(p.name(), p.value(), file)),
                () -> skipped.add(number));
    }

    @Override
    protected void finish(String file, ParseContext<SystemProperty> context) {
        skipped.report(context, file, "%d line(s) of the getprop block are not [name]: [value] "
                + "and were skipped, the first at line %d");
    }
}
