package org.spyglass.android.dumpsys;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.core.module.ParseContext;

/**
 * Reads the {@code Non-Data Actions:} part of one resolver table of the {@code package} section
 * ({@code Activity Resolver Table:}, {@code Receiver Resolver Table:}, ...): intent lines ({@code action:},
 * indented) each followed by {@code <hash> <package>/<component> ...} lines. The part ends at a line indented two
 * spaces or less (the next part or table). Indentation of intent lines varies between versions, so an intent is told
 * by its trailing colon and the lack of spaces, not by its indent.
 *
 * @param <R> the record type
 */
public abstract class ResolverTableParser<R extends Record> extends SectionParser<R> {
    /** The section holding the resolver tables. */
    public static final String SECTION = "package";
    private static final Pattern COMPONENT = Pattern.compile("^[0-9a-f]+ ([^/\\s]+)/(\\S+)(?:\\s.*)?$");
    private static final Pattern INTENT = Pattern.compile("^[^\\s:]+(?::[^\\s:]+)*:$");

    private final String table;
    private boolean inTable;
    private boolean inActions;
    private String intent;

    /** @param table the title line of the table, such as {@code Activity Resolver Table:} */
    protected ResolverTableParser(String table) {
        super(SECTION);
        this.table = table;
    }

    /** The record of one component line. */
    protected abstract R record(String intent, String packageName, String component, String file);

    @Override
    protected final void begin(String file) {
        inTable = false;
        inActions = false;
        intent = null;
    }

    @Override
    protected final void line(String line, long number, String file, ParseContext<R> context) {
        if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
            inTable = line.equals(table);
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
        Matcher m = COMPONENT.matcher(stripped);
        if (m.matches() && intent != null) {
            context.emit(record(intent, m.group(1), m.group(2), file));
        } else if (INTENT.matcher(stripped).matches()) {
            intent = stripped.substring(0, stripped.length() - 1);
        }
    }

    @Override
    protected final void finish(String file, ParseContext<R> context) {
        inTable = false;
    }
}
