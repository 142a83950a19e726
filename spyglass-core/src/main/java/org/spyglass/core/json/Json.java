package org.spyglass.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.spyglass.core.time.Times;

/**
 * The one JSON configuration of every Spyglass output, so that all files read alike:
 * <ul>
 *   <li>property names in snake_case (a record component {@code phoneNumber} becomes {@code phone_number});</li>
 *   <li>{@link Instant} as MVT's {@code YYYY-MM-DD HH:MM:SS.ffffff} in UTC ({@link Times#mvt});</li>
 *   <li>{@code byte[]} as base64, {@link Path} as its plain string, an empty {@link Optional} as null;</li>
 *   <li>null values written, not left out; map keys kept as they are.</li>
 * </ul>
 * Records serialise without annotations, and read back into their record classes with the same rules (a time
 * from MVT's rendering, {@code ""} as null; a path from its string), so a results folder's records can be checked
 * again. The mapper is thread-safe and must not be reconfigured.
 */
public final class Json {
    private static final ObjectMapper MAPPER = createMapper();

    private Json() {
    }

    /** The shared, fully configured mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a record of {@code type} back from its JSON. Properties the record does not have are skipped: they are
     * the values writing derived from the record's {@code isX()} and {@code getX()} methods (a chat's
     * {@code group}), computed again when the record is written.
     */
    public static ObjectReader recordReader(Class<?> type) {
        return MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * A streaming generator over {@code out} (UTF-8) bound to the shared mapper, compact or indented. The caller
     * closes it; closing it closes {@code out}.
     */
    public static JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator generator = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        if (pretty) {
            generator.useDefaultPrettyPrinter();
        }
        return generator;
    }

    private static ObjectMapper createMapper() {
        SimpleModule module = new SimpleModule("spyglass");
        module.addSerializer(Instant.class, new InstantSerializer());
        module.addSerializer(Path.class, new PathSerializer());
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Optional<?>> optional = (Class) Optional.class;
        module.addSerializer(optional, new OptionalSerializer(optional));
        module.addDeserializer(Instant.class, new InstantDeserializer());
        module.addDeserializer(Path.class, new PathDeserializer());
        ObjectMapper mapper = new ObjectMapper();
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        mapper.registerModule(module);
        mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        mapper.disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        mapper.disable(SerializationFeature.CLOSE_CLOSEABLE);
        return mapper;
    }

    static final class InstantSerializer extends StdSerializer<Instant> {
        private static final long serialVersionUID = 1L;
        /** Each thread renders its times in a buffer of its own: no string per time written. */
        private static final ThreadLocal<char[]> TEXT = ThreadLocal.withInitial(() -> new char[Times.MVT_LENGTH]);

        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            char[] text = TEXT.get();
            if (Times.mvt(value, text)) {
                gen.writeString(text, 0, Times.MVT_LENGTH);
            } else {
                gen.writeString(Times.mvt(value));
            }
        }
    }

    private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return Times.parseMvt(text);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not a time: %s", e.getMessage());
            }
        }

        @Override
        public Instant getNullValue(DeserializationContext context) {
            return null;
        }
    }

    private static final class PathDeserializer extends StdScalarDeserializer<Path> {
        private static final long serialVersionUID = 1L;

        PathDeserializer() {
            super(Path.class);
        }

        @Override
        public Path deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return Path.of(parser.getValueAsString());
        }
    }

    static final class PathSerializer extends StdSerializer<Path> {
        private static final long serialVersionUID = 1L;

        PathSerializer() {
            super(Path.class);
        }

        @Override
        public void serialize(Path value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    static final class OptionalSerializer extends StdSerializer<Optional<?>> {
        private static final long serialVersionUID = 1L;

        OptionalSerializer(Class<Optional<?>> type) {
            super(type);
        }

        @Override
        public void serialize(Optional<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), gen);
            } else {
                gen.writeNull();
            }
        }
    }
}
