package org.spyglass.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * Renders records (and the values they hold) as compact JSON, byte for byte as {@link Json#mapper()} writes them, by
 * hand: each record class's properties are read from the mapper's own serializer once ({@link BeanPlan}), then
 * written with direct accessors into a {@link JsonBuffer}, each value by its runtime class. Covers null, strings,
 * {@code long}/{@code int}/{@code short}/{@code byte}, {@code double}/{@code float}, booleans, {@link Instant},
 * {@link Path}, {@link Optional}, {@code byte[]}, enums, collections, object arrays, maps with string keys and nested
 * beans. A value of any other class, a map key that is not a string, an accessor that throws or nesting deeper than
 * {@value #MAX_DEPTH} levels makes {@link #render} give up: the caller renders that record with Jackson. Thread-safe.
 */
public final class RecordJson {
    private static final int MAX_DEPTH = 200;
    private static final ClassValue<byte[][]> ENUMS = new ClassValue<>() {
        @Override
        protected byte[][] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            byte[][] rendered = new byte[constants.length][];
            try {
                for (int i = 0; i < constants.length; i++) {
                    rendered[i] = Json.mapper().writeValueAsBytes(constants[i]);
                }
            } catch (JsonProcessingException e) {
                return null;
            }
            return rendered;
        }
    };
    /** Whether this renderer writes what the mapper writes for a sample of every kind (see {@link RecordJsonProbe}). */
    private static final boolean AGREES = RecordJsonProbe.agrees();

    private RecordJson() {
    }

    /**
     * True when the start-up check found that this renderer would not write what {@link Json#mapper()} writes, so that
     * every record goes to Jackson: the files are the same, the run slower. Said in the run's log.
     */
    public static boolean standsAside() {
        return !AGREES;
    }

    /**
     * Appends {@code value} (a record, usually) to {@code out}; false, with {@code out} as it was, when it holds a
     * value this renderer leaves to Jackson.
     */
    public static boolean render(Object value, JsonBuffer out) {
        return AGREES && renderUnchecked(value, out);
    }

    /** {@link #render} without the check that the mapper's configuration is the one this class writes. */
    static boolean renderUnchecked(Object value, JsonBuffer out) {
        int start = out.size();
        boolean done;
        try {
            done = value(value, out, 0);
        } catch (RuntimeException e) {
            done = false;
        }
        if (!done) {
            out.truncate(start);
        }
        return done;
    }

    private static boolean value(Object value, JsonBuffer out, int depth) {
        if (value == null) {
            out.nullValue();
            return true;
        }
        Class<?> type = value.getClass();
        if (type == String.class) {
            out.string((String) value);
        } else if (type == Long.class) {
            out.number(((Long) value).longValue());
        } else if (type == Instant.class) {
            out.time((Instant) value);
        } else if (type == Integer.class) {
            out.number(((Integer) value).intValue());
        } else if (type == Boolean.class) {
            out.bool((Boolean) value);
        } else if (type == Double.class) {
            out.number(((Double) value).doubleValue());
        } else {
            return other(value, type, out, depth);
        }
        return true;
    }

    private static boolean other(Object value, Class<?> type, JsonBuffer out, int depth) {
        if (depth >= MAX_DEPTH) {
            return false;
        }
        switch (ValueKind.of(type)) {
            case STRING -> out.string((String) value);
            case LONG -> out.number(((Number) value).longValue());
            case INT -> out.number(((Number) value).intValue());
            case DOUBLE -> out.number(((Number) value).doubleValue());
            case FLOAT -> out.number(((Number) value).floatValue());
            case BOOLEAN -> out.bool((Boolean) value);
            case INSTANT -> out.time((Instant) value);
            case PATH -> out.string(value.toString());
            case BYTES -> out.binary((byte[]) value);
            case OPTIONAL -> {
                return value(((Optional<?>) value).orElse(null), out, depth + 1);
            }
            case ENUM -> {
                return enumValue((Enum<?>) value, out);
            }
            case COLLECTION -> {
                return elements((Collection<?>) value, out, depth);
            }
            case ARRAY -> {
                return elements(Arrays.asList((Object[]) value), out, depth);
            }
            case MAP -> {
                return map((Map<?, ?>) value, out, depth);
            }
            case BEAN -> {
                return bean(value, type, out, depth);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean enumValue(Enum<?> value, JsonBuffer out) {
        byte[][] rendered = ENUMS.get(value.getDeclaringClass());
        if (rendered == null) {
            return false;
        }
        out.raw(rendered[value.ordinal()]);
        return true;
    }

    private static boolean elements(Collection<?> values, JsonBuffer out, int depth) {
        out.raw((byte) '[');
        boolean first = true;
        if (values instanceof List<?> list && values instanceof RandomAccess) {
            for (int i = 0, n = list.size(); i < n; i++) {
                if (!first) {
                    out.raw((byte) ',');
                }
                first = false;
                if (!value(list.get(i), out, depth + 1)) {
                    return false;
                }
            }
        } else {
            for (Object element : values) {
                if (!first) {
                    out.raw((byte) ',');
                }
                first = false;
                if (!value(element, out, depth + 1)) {
                    return false;
                }
            }
        }
        out.raw((byte) ']');
        return true;
    }

    private static boolean map(Map<?, ?> map, JsonBuffer out, int depth) {
        out.raw((byte) '{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                return false;
            }
            if (!first) {
                out.raw((byte) ',');
            }
            first = false;
            out.string(key);
            out.raw((byte) ':');
            if (!value(entry.getValue(), out, depth + 1)) {
                return false;
            }
        }
        out.raw((byte) '}');
        return true;
    }

    private static boolean bean(Object bean, Class<?> type, JsonBuffer out, int depth) {
        BeanPlan plan = BeanPlan.of(type);
        if (plan == null) {
            return false;
        }
        for (Getter getter : plan.getters) {
            out.raw(getter.name);
            switch (getter.shape) {
                case Getter.LONG -> out.number(getter.longs.applyAsLong(bean));
                case Getter.INT -> out.number(getter.ints.applyAsInt(bean));
                case Getter.BOOLEAN -> out.bool(getter.booleans.test(bean));
                case Getter.DOUBLE -> out.number(getter.doubles.applyAsDouble(bean));
                default -> {
                    Object value = getter.object.apply(bean);
                    if (value == bean || !value(value, out, depth + 1)) {
                        return false;
                    }
                }
            }
        }
        out.raw((byte) '}');
        return true;
    }
}
