package org.spyglass.android.testing;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Synthetic tombstones in both forms: the text debuggerd writes, and the protobuf of AOSP's {@code tombstone.proto}
 * encoded with protobuf-java's {@link CodedOutputStream} (independent of Spyglass's reader).
 *
 * @param fingerprint  the build fingerprint
 * @param timestamp    as debuggerd prints it ({@code 2024-03-01 23:10:05.123456789+0100})
 * @param pid          the process id
 * @param tid          the crashing thread id
 * @param uid          the process's uid
 * @param commandLine  the command line
 * @param threadName   the crashing thread's name
 * @param signal       the signal number
 * @param signalName   its name
 * @param abortMessage the abort message, or null
 */
public record Tombstones(String fingerprint, String timestamp, int pid, int tid, int uid, List<String> commandLine,
                         String threadName, int signal, String signalName, String abortMessage) {
    /** The text form. */
    public String text() {
        StringBuilder text = new StringBuilder("*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***\n")
                .append("Build fingerprint: '").append(fingerprint).append("'\nRevision: '0'\nABI: 'arm64'\n")
                .append("Timestamp: ").append(timestamp).append("\nProcess uptime: 12s\nCmdline: ")
                .append(String.join(" ", commandLine)).append('\n')
                .append(String.format(Locale.ROOT, "pid: %d, tid: %d, name: %s  >>> %s <<<%n", pid, tid, threadName,
                        commandLine.get(0)))
                .append("uid: ").append(uid).append('\n')
                .append(String.format(Locale.ROOT, "signal %d (%s), code 1 (SEGV_MAPERR), fault addr 0x0%n", signal,
                        signalName));
        if (abortMessage != null) {
            text.append("Abort message: '").append(abortMessage).append("'\n");
        }
        return text.append("    x0  0000000000000000  x1  0000007fc9a8b2f0\n\nbacktrace:\n"
                + "      #00 pc 000000000004f0f4  /apex/com.android.runtime/lib64/bionic/libc.so (abort+164)\n")
                .toString();
    }

    /** The protobuf form, with one thread entry and an unknown field that a reader must skip. */
    public byte[] protobuf() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            out.writeEnum(1, 1);
            out.writeString(2, fingerprint);
            out.writeString(3, "0");
            out.writeString(4, timestamp);
            out.writeUInt32(5, pid);
            out.writeUInt32(6, tid);
            out.writeUInt32(7, uid);
            out.writeString(8, "u:r:untrusted_app:s0:c512,c768");
            for (String word : commandLine) {
                out.writeString(9, word);
            }
            out.writeByteArray(10, signalMessage());
            if (abortMessage != null) {
                out.writeString(14, abortMessage);
            }
            out.writeByteArray(16, threadEntry());
            out.writeFixed64(500, 42L);
            out.writeFixed32(501, 7);
            out.writeUInt32(20, 12);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] signalMessage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeInt32(1, signal);
        out.writeString(2, signalName);
        out.writeInt32(3, 1);
        out.writeString(4, "SEGV_MAPERR");
        out.writeBool(8, true);
        out.flush();
        return bytes.toByteArray();
    }

    private byte[] threadEntry() throws IOException {
        ByteArrayOutputStream thread = new ByteArrayOutputStream();
        CodedOutputStream t = CodedOutputStream.newInstance(thread);
        t.writeInt32(1, tid);
        t.writeString(2, threadName);
        t.flush();
        ByteArrayOutputStream entry = new ByteArrayOutputStream();
        CodedOutputStream e = CodedOutputStream.newInstance(entry);
        e.writeUInt32(1, tid);
        e.writeByteArray(2, thread.toByteArray());
        e.flush();
        return entry.toByteArray();
    }
}
