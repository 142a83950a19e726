package org.spyglass.android.bugreport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.spyglass.android.GetPropLine;
import org.spyglass.android.dumpsys.DumpsysSections;

/**
 * The facts of a bugreport for the summary, read from the getprop block of its dumpstate text: model, Android
 * version, build, security patch, and the device's time zone ({@value #TIME_ZONE}, from
 * {@code persist.sys.timezone}). The reading stops at the end of the getprop block.
 */
public final class DumpstateFacts {
    /** The device facts key of the device's time zone id. */
    public static final String TIME_ZONE = "time_zone";
    private static final Map<String, String> KEYS = Map.of(
            "ro.product.model", "model",
            "ro.product.manufacturer", "manufacturer",
            "ro.build.version.release", "android_version",
            "ro.build.fingerprint", "build_fingerprint",
            "ro.build.version.security_patch", "security_patch",
            "persist.sys.timezone", TIME_ZONE);

    private DumpstateFacts() {
    }

    static Map<String, String> read(InputStream in, String dumpstate) throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("dumpstate_file", dumpstate);
        AtomicBoolean done = new AtomicBoolean();
        DumpsysSections.read(in, Set.of(DumpsysSections.GETPROP), new DumpsysSections.Visitor() {
            @Override
            public void line(String name, String line, long number) {
                GetPropLine.parse(line).ifPresent(p -> {
                    String key = KEYS.get(p.name());
                    if (key != null && !p.value().isBlank()) {
                        facts.put(key, p.value());
                    }
                });
            }

            @Override
            public void end(String name, boolean complete, long number) {
                done.set(true);
            }
        }, done::get);
        return Collections.unmodifiableMap(facts);
    }
}
