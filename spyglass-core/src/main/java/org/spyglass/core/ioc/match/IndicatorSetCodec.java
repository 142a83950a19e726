package org.spyglass.core.ioc.match;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.internal.BinaryIn;
import org.spyglass.core.ioc.internal.BinaryOut;
import org.spyglass.core.ioc.internal.CompactProvenance;

/**
 * Writes an {@link IndicatorSet} as bytes and reads it back as a set that answers every question the same way: its
 * files, then per type its values in the set's order, each with its provenances in their compact form. A provenance
 * (without its STIX indicator id) is written once and referred to by number afterwards. The bytes carry no check of
 * their own: the caller frames and verifies them ({@code org.spyglass.core.ioc.cache.IndicatorCache}).
 */
public final class IndicatorSetCodec {
    private static final IndicatorType[] TYPES = IndicatorType.values();
    private static final int MAX_COUNT = Integer.MAX_VALUE - 8;

    private IndicatorSetCodec() {
    }

    public static void write(IndicatorSet set, BinaryOut out) throws IOException {
        out.varint(set.files().size());
        for (FeedFile file : set.files()) {
            writeFile(file, out);
        }
        Numbers provenances = new Numbers();
        Map<IndicatorType, Integer> counts = set.countsByType();
        out.varint(counts.size());
        for (IndicatorType type : TYPES) {
            Integer count = counts.get(type);
            if (count == null) {
                continue;
            }
            out.varint(type.ordinal());
            out.varint(count);
            IOException[] failure = new IOException[1];
            set.forEachStored(type, (value, stored) -> {
                if (failure[0] != null) {
                    return;
                }
                try {
                    out.string(value);
                    writeOrigins(stored, provenances, out);
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    /** Reads a set written by {@link #write}; throws {@link IOException} when the bytes do not make one. */
    public static IndicatorSet read(BinaryIn in) throws IOException {
        int fileCount = in.count(MAX_COUNT);
        List<FeedFile> files = new ArrayList<>(Math.min(fileCount, 1024));
        for (int i = 0; i < fileCount; i++) {
            files.add(readFile(in));
        }
        List<Provenance> provenances = new ArrayList<>();
        int typeCount = in.count(TYPES.length);
        Map<IndicatorType, Map<String, Object>> tables = new EnumMap<>(IndicatorType.class);
        for (int t = 0; t < typeCount; t++) {
            IndicatorType type = TYPES[in.count(TYPES.length - 1)];
            int count = in.count(MAX_COUNT);
            Map<String, Object> table = new LinkedHashMap<>(Math.max(16, (int) (Math.min(count, 1 << 24) / 0.75f) + 1));
            for (int i = 0; i < count; i++) {
                String value = in.string();
                if (value == null || table.put(value, readOrigins(provenances, in)) != null) {
                    throw new IOException("a " + type + " value is missing or repeated");
                }
            }
            if (tables.put(type, table) != null) {
                throw new IOException("the type " + type + " is repeated");
            }
        }
        return new IndicatorSet(tables, files);
    }

    private static void writeOrigins(Object stored, Numbers provenances, BinaryOut out)
            throws IOException {
        if (stored instanceof Object[] array) {
            out.varint(array.length);
            for (Object one : array) {
                writeOrigin(one, provenances, out);
            }
        } else {
            out.varint(1);
            writeOrigin(stored, provenances, out);
        }
    }

    /** A provenance by number, shifted left one bit with 1 for a STIX id that follows; a new number defines it. */
    private static void writeOrigin(Object compact, Numbers provenances, BinaryOut out) throws IOException {
        Provenance common = CompactProvenance.common(compact);
        boolean stix = common != null;
        Provenance provenance = stix ? common : (Provenance) compact;
        int count = provenances.size();
        int number = provenances.of(provenance);
        boolean known = number < count;
        out.varint(((long) number << 1) | (stix ? 1 : 0));
        if (!known) {
            writeProvenance(provenance, out);
        }
        if (stix) {
            out.longValue(CompactProvenance.idHigh(compact));
            out.longValue(CompactProvenance.idLow(compact));
        }
    }

    /** The numbers given to provenances, in the order first written; the last one is found without hashing. */
    private static final class Numbers {
        private final Map<Provenance, Integer> numbers = new HashMap<>();
        private Provenance last;
        private int lastNumber;

        int size() {
            return numbers.size();
        }

        /** The number of {@code provenance}, a new one ({@link #size()} before the call) when it is new. */
        int of(Provenance provenance) {
            if (provenance != last) {
                last = provenance;
                lastNumber = numbers.computeIfAbsent(provenance, p -> numbers.size());
            }
            return lastNumber;
        }
    }

    private static Object readOrigins(List<Provenance> provenances, BinaryIn in) throws IOException {
        int count = in.count(MAX_COUNT);
        if (count == 0) {
            throw new IOException("an indicator has no provenance");
        }
        if (count == 1) {
            return readOrigin(provenances, in);
        }
        Object[] array = new Object[count];
        for (int i = 0; i < count; i++) {
            array[i] = readOrigin(provenances, in);
        }
        return array;
    }

    private static Object readOrigin(List<Provenance> provenances, BinaryIn in) throws IOException {
        long code = in.varint();
        long number = code >>> 1;
        if (number > provenances.size()) {
            throw new IOException("a provenance number is out of range: " + number);
        }
        if (number == provenances.size()) {
            provenances.add(readProvenance(in));
        }
        Provenance provenance = provenances.get((int) number);
        if ((code & 1) == 0) {
            return provenance;
        }
        return CompactProvenance.stix(provenance, in.longValue(), in.longValue());
    }

    private static void writeProvenance(Provenance provenance, BinaryOut out) throws IOException {
        out.string(provenance.feed());
        out.string(provenance.file());
        out.string(provenance.malware());
        out.string(provenance.indicatorId());
        out.string(provenance.malwareId());
        out.string(provenance.category());
    }

    private static Provenance readProvenance(BinaryIn in) throws IOException {
        String feed = required(in);
        String file = required(in);
        return new Provenance(feed, file, in.string(), in.string(), in.string(), in.string());
    }

    private static void writeFile(FeedFile file, BinaryOut out) throws IOException {
        out.string(file.feed());
        out.string(file.path());
        out.string(file.sha256());
        out.varint(file.malware().size());
        for (String name : file.malware()) {
            out.string(name);
        }
        out.varint(file.countsByType().size());
        for (IndicatorType type : TYPES) {
            Integer count = file.countsByType().get(type);
            if (count != null) {
                out.varint(type.ordinal());
                out.varint(count);
            }
        }
        Instant newest = file.newest();
        out.varint(newest == null ? 0 : 1);
        if (newest != null) {
            out.longValue(newest.getEpochSecond());
            out.varint(newest.getNano());
        }
    }

    private static FeedFile readFile(BinaryIn in) throws IOException {
        String feed = required(in);
        String path = required(in);
        String sha256 = required(in);
        int malwareCount = in.count(MAX_COUNT);
        List<String> malware = new ArrayList<>(Math.min(malwareCount, 1024));
        for (int i = 0; i < malwareCount; i++) {
            malware.add(required(in));
        }
        int typeCount = in.count(TYPES.length);
        Map<IndicatorType, Integer> counts = new EnumMap<>(IndicatorType.class);
        for (int i = 0; i < typeCount; i++) {
            counts.put(TYPES[in.count(TYPES.length - 1)], in.count(MAX_COUNT));
        }
        Instant newest = null;
        if (in.count(1) == 1) {
            newest = Instant.ofEpochSecond(in.longValue(), in.count(999_999_999));
        }
        return new FeedFile(feed, path, sha256, malware, counts, newest);
    }

    private static String required(BinaryIn in) throws IOException {
        String value = in.string();
        if (value == null) {
            throw new IOException("a required text is missing");
        }
        return value;
    }
}
