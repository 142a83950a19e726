package org.spyglass.ios.webkitfolders;

import java.util.List;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.ios.fs.DumpEntry;
import org.spyglass.ios.fs.FilesystemDumpSource;

/**
 * Lists the entries of WebKit storage folders whose names spell an origin ({@code http_host_port},
 * {@code https_host_port[.localstorage]}) and turns each into the origin's URL; other names (WebKit's newer hashed
 * layout, {@code .DS_Store}) are passed over. The folders are found by glob in the dump, so the module runs on
 * filesystem dumps only.
 */
final class WebkitFolderParser implements Parser<WebkitFolderRecord> {
    private final List<String> folderGlobs;
    private final String what;

    /**
     * @param folderGlobs the device-path globs of the storage folders
     * @param what        the kind of storage, for the absence note ({@code IndexedDB})
     */
    WebkitFolderParser(List<String> folderGlobs, String what) {
        this.folderGlobs = List.copyOf(folderGlobs);
        this.what = what;
    }

    @Override
    public void parse(ParseContext<WebkitFolderRecord> context) {
        if (!(context.source() instanceof FilesystemDumpSource dump)) {
            context.absent(context.source().root().toString(), "only a filesystem dump holds WebKit's " + what
                    + " folders");
            return;
        }
        boolean any = false;
        for (String glob : folderGlobs) {
            for (DumpEntry entry : dump.list(glob)) {
                any = true;
                String url = origin(entry.name());
                if (url != null) {
                    String path = entry.devicePath();
                    context.emit(new WebkitFolderRecord(path.substring(0, path.lastIndexOf('/')), entry.name(), url,
                            entry.modified()));
                }
            }
        }
        if (!any) {
            context.absent(dump.root().toString(), "the dump holds no WebKit " + what + " data: "
                    + String.join(", ", folderGlobs));
        }
    }

    /** The origin a storage entry's name spells, or null when it spells none. */
    static String origin(String name) {
        String rest;
        String scheme;
        if (name.startsWith("https_")) {
            scheme = "https://";
            rest = name.substring("https_".length());
        } else if (name.startsWith("http_")) {
            scheme = "http://";
            rest = name.substring("http_".length());
        } else {
            return null;
        }
        int end = rest.indexOf('_');
        String host = end < 0 ? rest : rest.substring(0, end);
        return host.isEmpty() ? null : scheme + host;
    }
}
