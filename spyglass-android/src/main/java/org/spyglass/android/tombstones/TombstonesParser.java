package org.spyglass.android.tombstones;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import org.spyglass.android.dumpsys.DeviceTimes;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;

/**
 * Reads each {@code tombstone_*} file: {@code *.pb} with {@link TombstoneProto}, any other with
 * {@link TombstoneText}. A file that cannot be read, a protobuf that is malformed or larger than
 * {@value #MAX_PROTOBUF} bytes, a text without any tombstone header line, and a timestamp that cannot be read are
 * warnings; the other files are still read.
 */
final class TombstonesParser implements Parser<Tombstone> {
    static final int MAX_PROTOBUF = 64 * 1024 * 1024;

    @Override
    public void parse(ParseContext<Tombstone> context) {
        ZoneId zone = DeviceTimes.zone(context.source());
        for (EvidenceFile file : context.files()) {
            if (context.cancelled()) {
                return;
            }
            String path = file.devicePath();
            boolean protobuf = path.endsWith(".pb");
            TombstoneFields fields;
            try (InputStream in = context.source().open(file)) {
                if (protobuf) {
                    byte[] data = in.readNBytes(MAX_PROTOBUF + 1);
                    if (data.length > MAX_PROTOBUF) {
                        context.warn(path, "the protobuf tombstone is larger than " + MAX_PROTOBUF
                                + " bytes and was skipped");
                        continue;
                    }
                    fields = TombstoneProto.read(data);
                } else {
                    fields = TombstoneText.read(in);
                }
            } catch (IOException e) {
                context.warn(path, (protobuf ? "the protobuf tombstone could not be read (cut, or not a tombstone): "
                        : "the tombstone could not be read: ") + e.getMessage());
                continue;
            }
            if (!protobuf && fields.pid == null && fields.buildFingerprint == null && fields.signalName == null) {
                context.warn(path, "the file holds no tombstone header (no pid, build fingerprint or signal line)");
                continue;
            }
            if (fields.badTimestamp()) {
                context.warn(path, "the tombstone's timestamp cannot be read: " + fields.timestamp);
            }
            context.emit(fields.tombstone(path, protobuf ? "protobuf" : "text", zone));
        }
    }
}
