package org.spyglass.android.tombstones;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a protobuf tombstone ({@code tombstone.proto} of AOSP's debuggerd, Android 12+): the {@code Tombstone}
 * fields arch (1), build_fingerprint (2), revision (3), timestamp (4), pid (5), tid (6), uid (7), selinux_label (8),
 * command_line (9, repeated), signal_info (10), abort_message (14), causes (15, the first's human_readable, 1),
 * threads (16, a map from thread id to a Thread whose name is field 2: the crashing thread's name) and
 * process_uptime (20); Signal: number (1), name (2), code (3), code_name (4). Other fields are skipped.
 */
final class TombstoneProto {
    private static final String[] ARCHES = {"arm", "arm64", "x86", "x86_64", "riscv64"};

    private TombstoneProto() {
    }

    static TombstoneFields read(byte[] data) throws IOException {
        TombstoneFields fields = new TombstoneFields();
        ProtoReader in = new ProtoReader(data);
        Map<Long, String> threads = new HashMap<>();
        while (in.next()) {
            switch (in.field()) {
                case 1 -> {
                    long arch = number(in);
                    fields.arch = arch >= 0 && arch < ARCHES.length ? ARCHES[(int) arch] : "arch " + arch;
                }
                case 2 -> fields.buildFingerprint = in.string();
                case 3 -> fields.revision = in.string();
                case 4 -> fields.timestamp = in.string();
                case 5 -> fields.pid = number(in);
                case 6 -> fields.tid = number(in);
                case 7 -> fields.uid = number(in);
                case 8 -> fields.selinuxLabel = in.string();
                case 9 -> fields.commandLine.add(in.string());
                case 10 -> signal(in.message(), fields);
                case 14 -> fields.abortMessage = in.string();
                case 15 -> {
                    String cause = firstString(in.message(), 1);
                    fields.cause = fields.cause == null ? cause : fields.cause;
                }
                case 16 -> thread(in.message(), threads);
                case 20 -> fields.processUptime = number(in);
                default -> in.skip();
            }
        }
        if (fields.tid != null) {
            fields.threadName = threads.get(fields.tid);
        }
        return fields;
    }

    private static long number(ProtoReader in) throws IOException {
        if (in.wireType() != ProtoReader.VARINT) {
            throw new IOException("field " + in.field() + " is not a number");
        }
        return in.varint();
    }

    private static void signal(ProtoReader in, TombstoneFields fields) throws IOException {
        while (in.next()) {
            switch (in.field()) {
                case 1 -> fields.signalNumber = (long) (int) number(in);
                case 2 -> fields.signalName = in.string();
                case 3 -> fields.signalCode = (long) (int) number(in);
                case 4 -> fields.signalCodeName = in.string();
                default -> in.skip();
            }
        }
    }

    private static void thread(ProtoReader entry, Map<Long, String> threads) throws IOException {
        Long key = null;
        String name = null;
        while (entry.next()) {
            if (entry.field() == 1 && entry.wireType() == ProtoReader.VARINT) {
                key = entry.varint();
            } else if (entry.field() == 2) {
                name = firstString(entry.message(), 2);
            } else {
                entry.skip();
            }
        }
        if (key != null && name != null) {
            threads.put(key, name);
        }
    }

    private static String firstString(ProtoReader in, int field) throws IOException {
        String found = null;
        while (in.next()) {
            if (in.field() == field && found == null) {
                found = in.string();
            } else {
                in.skip();
            }
        }
        return found;
    }
}
