package org.spyglass.core.ioc.match;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.ioc.internal.BinaryIn;
import org.spyglass.core.ioc.internal.BinaryOut;

/**
 * Writes an {@link IndicatorSet} as bytes and reads it back as a set that answers every question the same way: its
 * files, its distinct provenances ({@link ProvenanceTable}), its types, then the packed arrays of its
 * {@link ValueStore} in bulk (the values' bytes, their offsets and types, their provenance numbers and STIX ids), so
 * that reading makes no object per indicator, and each type's index slots ({@link KeyTable#slots()}). The bytes carry no check of
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
        ValueStore store = set.store();
        ProvenanceTable provenances = store.provenanceTable();
        out.varint(provenances.size());
        for (int i = 0; i < provenances.size(); i++) {
            out.varint(provenances.isStix(i) ? 1 : 0);
            writeProvenance(provenances.get(i), out);
        }
        out.varint(set.types().size());
        for (IndicatorType type : set.types()) {
            out.varint(type.ordinal());
        }
        int size = store.size();
        out.varint(size);
        out.varint(store.bytes().length);
        out.bytes(store.bytes());
        out.ints(store.offsets(), size + 1);
        out.bytes(store.types());
        out.varint(store.runStarts().length);
        out.ints(store.runStarts(), store.runStarts().length);
        out.ints(store.runNumbers(), store.runNumbers().length);
        out.longs(store.firstIds(), 2 * size);
        out.varint(store.moreValues().length);
        out.ints(store.moreValues(), store.moreValues().length);
        out.ints(store.moreStarts(), store.moreStarts().length);
        out.varint(store.more().length);
        out.ints(store.more(), store.more().length);
        out.longs(store.moreIds(), store.moreIds().length);
        for (IndicatorType type : set.types()) {
            int[] slots = set.table(type).keys().slots();
            out.varint(slots.length);
            out.ints(slots, slots.length);
        }
    }

    /** Reads a set written by {@link #write}; throws {@link IOException} when the bytes do not make one. */
    public static IndicatorSet read(BinaryIn in) throws IOException {
        int fileCount = in.count(MAX_COUNT);
        List<FeedFile> files = new ArrayList<>(Math.min(fileCount, 1024));
        for (int i = 0; i < fileCount; i++) {
            files.add(readFile(in));
        }
        int provenanceCount = in.count(MAX_COUNT);
        ProvenanceTable.Builder numbered = new ProvenanceTable.Builder();
        for (int i = 0; i < provenanceCount; i++) {
            boolean stix = in.count(1) == 1;
            if (numbered.number(readProvenance(in), stix) != i) {
                throw new IOException("a provenance is repeated");
            }
        }
        ProvenanceTable provenances = numbered.build();
        int typeCount = in.count(TYPES.length);
        List<IndicatorType> types = new ArrayList<>(typeCount);
        for (int t = 0; t < typeCount; t++) {
            IndicatorType type = TYPES[in.count(TYPES.length - 1)];
            if (types.contains(type)) {
                throw new IOException("the type " + type + " is repeated");
            }
            types.add(type);
        }
        ValueStore store = readStore(provenances, in);
        Map<IndicatorType, ValueTable> tables = new EnumMap<>(IndicatorType.class);
        try {
            for (IndicatorType type : types) {
                int[] slots = in.ints(in.arrayLength(Integer.BYTES));
                tables.put(type, new ValueTable(type, KeyTable.ofSlots(store.bytes(), store.offsets(), store.types(),
                        (byte) type.ordinal(), slots), store));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("the indicator values are damaged: " + e.getMessage(), e);
        }
        return new IndicatorSet(store, tables, files);
    }

    private static ValueStore readStore(ProvenanceTable provenances, BinaryIn in) throws IOException {
        // Each value takes an offset, a type byte and an id of two longs.
        int size = in.arrayLength(Integer.BYTES + 1 + 2 * Long.BYTES);
        byte[] bytes = in.bytes(in.arrayLength(1));
        int[] offsets = in.ints(size + 1);
        byte[] types = in.bytes(size);
        int runs = in.arrayLength(2 * Integer.BYTES);
        int[] runStarts = in.ints(runs);
        int[] runNumbers = in.ints(runs);
        long[] firstIds = in.longs(2 * size);
        int moreCount = in.arrayLength(2 * Integer.BYTES);
        int[] moreValues = in.ints(moreCount);
        int[] moreStarts = in.ints(moreCount + 1);
        int[] more = in.ints(in.arrayLength(Integer.BYTES + 2 * Long.BYTES));
        long[] moreIds = in.longs(2 * more.length);
        try {
            return new ValueStore(bytes, offsets, types, provenances, runStarts, runNumbers, firstIds, moreValues,
                    moreStarts, more, moreIds);
        } catch (IllegalArgumentException e) {
            throw new IOException("the indicator arrays are damaged: " + e.getMessage(), e);
        }
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
