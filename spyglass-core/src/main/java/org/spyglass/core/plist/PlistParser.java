package org.spyglass.core.plist;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;

/**
 * The frame of every parser that reads a property list: for each file of the module, the plist (binary or XML,
 * bounded in size and depth) is parsed and, when its root is a dictionary, handed to {@link #read}. A file missing
 * from the evidence, a file that is not a plist or whose root is not a dictionary is a warning naming the file; the
 * next file, and the other modules, go on.
 *
 * @param <R> the record type
 */
public abstract class PlistParser<R extends Record> implements Parser<R> {
    private final String artifact;

    /** @param artifact the plist's usual name, for warnings ({@code clients.plist}) */
    protected PlistParser(String artifact) {
        this.artifact = artifact;
    }

    @Override
    public final void parse(ParseContext<R> context) throws IOException {
        for (EvidenceFile file : context.files()) {
            if (context.cancelled()) {
                return;
            }
            NSDictionary root = readDictionary(file, context, artifact);
            if (root != null) {
                read(root, file, context);
            }
        }
    }

    /**
     * Reads a plist of the evidence whose root must be a dictionary, for a parser's own files and for another plist
     * a parser consults. Warns and returns null when the file is missing, is not a plist or holds no dictionary.
     *
     * @param artifact the plist's usual name, for warnings
     */
    public static NSDictionary readDictionary(EvidenceFile file, ParseContext<?> context, String artifact)
            throws IOException {
        NSObject root;
        try (InputStream in = context.source().open(file)) {
            root = Plists.parse(in);
        } catch (FileNotFoundException e) {
            context.warn(file.devicePath(), e.getMessage());
            return null;
        } catch (PlistException e) {
            context.warn(file.devicePath(), artifact + " is not a readable property list: " + e.getMessage());
            return null;
        }
        if (root instanceof NSDictionary dictionary) {
            return dictionary;
        }
        context.warn(file.devicePath(), artifact + " should hold a dictionary but holds "
                + (root == null ? "nothing" : root.getClass().getSimpleName()) + "; nothing was read");
        return null;
    }

    /** Reads one plist whose root is a dictionary. Bad values inside are warnings through the context. */
    protected abstract void read(NSDictionary root, EvidenceFile file, ParseContext<R> context);
}
