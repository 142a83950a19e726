package org.spyglass.android.receivers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.android.dumpsys.SectionParser;
import org.spyglass.core.module.ParseContext;

/**
 * Reads the {@code Non-Data Actions:} part of the {@code Receiver Resolver Table:} of the {@code package} section:
 * intent lines ({@code action:}, indented) each followed by {@code <hash> <package>/<receiver> ...} lines. The part
 * ends at a line indented two spaces or less (the next part or table). Indentation of intent lines varies between
 * versions, so an intent is told by its trailing colon and the lack of spaces, not by its indent.
 */
final class ReceiversParser extends SectionParser<Receiver> {
    static final String SECTION = "package";
    private static final Pattern RECEIVER = Pattern.compile("^[0-9a-f]+ ([^/\\s]+)/(\\S+)(?:\\s.*)?$");
    private static final Pattern INTENT = Pattern.compile("^[^\\s:]+(?::[^\\s:]+)*:$");

    private boolean inTable;
    private boolean inActions;
    private String intent;

    ReceiversParser() {
        super(SECTION);
    }

    @Override
    protected void begin(String file) {
        inTable = false;
        inActions = false;
        intent = null;
    }

    @Override
    protected void line(String line, long number, String file, ParseContext<Receiver> context) {
        if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
            inTable = line.equals("Receiver Resolver Table:");
            inActions = false;
            return;
        }
        String stripped = line.strip();
        if (!inTable || stripped.isEmpty()) {
            return;
        }
        int indent = line.indexOf(stripped);
        if (indent <= 2) {
            inActions = stripped.equals("Non-Data Actions:");
            intent = null;
            return;
        }
        if (!inActions) {
            return;
        }
        Matcher m = RECEIVER.matcher(stripped);
        if (m.matches() && intent != null) {
            context.emit(new Receiver(intent, m.group(1), m.group(2), file));
        } else if (INTENT.matcher(stripped).matches()) {
            intent = stripped.substring(0, stripped.length() - 1);
        }
    }

    @Override
    protected void finish(String file, ParseContext<Receiver> context) {
        inTable = false;
    }
}
