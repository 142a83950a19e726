package org.spyglass.core.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.impl.IndexedListSerializer;
import com.fasterxml.jackson.databind.ser.impl.IndexedStringListSerializer;
import com.fasterxml.jackson.databind.ser.impl.StringArraySerializer;
import com.fasterxml.jackson.databind.ser.impl.StringCollectionSerializer;
import com.fasterxml.jackson.databind.ser.std.BooleanSerializer;
import com.fasterxml.jackson.databind.ser.std.ByteArraySerializer;
import com.fasterxml.jackson.databind.ser.std.CollectionSerializer;
import com.fasterxml.jackson.databind.ser.std.EnumSerializer;
import com.fasterxml.jackson.databind.ser.std.MapSerializer;
import com.fasterxml.jackson.databind.ser.std.NumberSerializers;
import com.fasterxml.jackson.databind.ser.std.ObjectArraySerializer;
import com.fasterxml.jackson.databind.ser.std.StringSerializer;
import java.util.Map;

/**
 * How {@link RecordJson} renders a value of a class, found from the serializer {@link Json#mapper()} itself picks for
 * that class, so that both agree on which rendering applies (a {@code Path} implementation gets the path rendering
 * because the mapper gives it the path serializer). A class whose serializer is none of the known ones is
 * {@link #UNSUPPORTED}: a value of it sends its record to Jackson.
 */
enum ValueKind {
    STRING, LONG, INT, DOUBLE, FLOAT, BOOLEAN, INSTANT, PATH, OPTIONAL, BYTES, ENUM, COLLECTION, ARRAY, MAP, BEAN,
    UNSUPPORTED;

    private static final Map<Class<?>, ValueKind> BY_SERIALIZER = Map.ofEntries(
            Map.entry(StringSerializer.class, STRING),
            Map.entry(NumberSerializers.LongSerializer.class, LONG),
            Map.entry(NumberSerializers.IntegerSerializer.class, INT),
            Map.entry(NumberSerializers.ShortSerializer.class, INT),
            Map.entry(NumberSerializers.IntLikeSerializer.class, INT),
            Map.entry(NumberSerializers.DoubleSerializer.class, DOUBLE),
            Map.entry(NumberSerializers.FloatSerializer.class, FLOAT),
            Map.entry(BooleanSerializer.class, BOOLEAN),
            Map.entry(Json.InstantSerializer.class, INSTANT),
            Map.entry(Json.PathSerializer.class, PATH),
            Map.entry(Json.OptionalSerializer.class, OPTIONAL),
            Map.entry(ByteArraySerializer.class, BYTES),
            Map.entry(EnumSerializer.class, ENUM),
            Map.entry(IndexedListSerializer.class, COLLECTION),
            Map.entry(CollectionSerializer.class, COLLECTION),
            Map.entry(IndexedStringListSerializer.class, COLLECTION),
            Map.entry(StringCollectionSerializer.class, COLLECTION),
            Map.entry(ObjectArraySerializer.class, ARRAY),
            Map.entry(StringArraySerializer.class, ARRAY),
            Map.entry(MapSerializer.class, MAP),
            Map.entry(BeanSerializer.class, BEAN));

    private static final ClassValue<ValueKind> OF_CLASS = new ClassValue<>() {
        @Override
        protected ValueKind computeValue(Class<?> type) {
            try {
                return of(Json.mapper().getSerializerProviderInstance().findValueSerializer(type));
            } catch (JsonMappingException | RuntimeException e) {
                return UNSUPPORTED;
            }
        }
    };

    /** The kind of the values of {@code type}, decided once per class. */
    static ValueKind of(Class<?> type) {
        return OF_CLASS.get(type);
    }

    /** The kind a serializer of the mapper stands for; {@link #UNSUPPORTED} for any other serializer. */
    static ValueKind of(JsonSerializer<?> serializer) {
        return BY_SERIALIZER.getOrDefault(serializer.getClass(), UNSUPPORTED);
    }
}
