package org.spyglass.android.androidqf.root;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.androidqf.JsonList;
import org.spyglass.core.Level;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.SourceKind;

/**
 * The root tools AndroidQF found ({@code root_binaries.json}): each one flagged. The list has no dates, so nothing on
 * the timeline.
 */
public final class RootBinariesModule extends AbstractModule<RootBinary> {
    public static final String NAME = "root_binaries";
    public static final String PATH = AndroidqfSource.PREFIX + "root_binaries.json";

    static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("su", "the su binary, which gives root to whatever calls it"),
            Map.entry("busybox", "BusyBox, a bundle of Unix tools usually installed along with root"),
            Map.entry("supersu", "SuperSU, a root manager"),
            Map.entry("superuser", "Superuser, a root manager"),
            Map.entry("magisk", "Magisk, a root manager that hides itself"),
            Map.entry("magiskhide", "MagiskHide, which hides root from apps"),
            Map.entry("magiskinit", "Magisk's init replacement"),
            Map.entry("magiskpolicy", "Magisk's SELinux policy patcher"),
            Map.entry("daemonsu", "the SuperSU daemon"),
            Map.entry("kingroot", "KingRoot, a one-click rooting tool"),
            Map.entry("ksud", "the KernelSU daemon, a kernel-based root manager"),
            Map.entry("apd", "the APatch daemon, a kernel-patching root manager"));

    static final Heuristic ROOT_BINARY = new Heuristic("android.root_binaries.root-tool", Level.HIGH,
            "A rooting tool is on the phone. Root lifts Android's isolation between apps: spyware with root reads "
                    + "every app's data and hides itself. Owners root their own phones too; if the owner did not, "
                    + "someone else did, and the phone should be treated as compromised.");

    public RootBinariesModule() {
        super(NAME, RootBinary.class, "Root tools AndroidQF found (root_binaries.json): each one flagged",
                Set.of(SourceKind.ANDROID_ANDROIDQF), List.of(PATH));
    }

    @Override
    public Parser<RootBinary> parser() {
        return context -> {
            for (EvidenceFile file : context.files()) {
                JsonList.read(context, file).ifPresent(paths -> paths.forEach(path -> {
                    String name = path.substring(path.lastIndexOf('/') + 1);
                    context.emit(new RootBinary(path, name, KNOWN.getOrDefault(name.toLowerCase(Locale.ROOT),
                            "a binary AndroidQF looks for as a sign of root"),
                            file.devicePath()));
                }));
            }
        };
    }

    @Override
    public Checker<RootBinary> checker() {
        return (binary, context) -> context.heuristicAlert(ROOT_BINARY, "Found a root tool: " + binary.path()
                + " (" + binary.description() + ")", null, binary);
    }
}
