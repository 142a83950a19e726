package org.spyglass.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * How {@link RecordJson} writes an object of one bean class (a record, mostly): its properties as
 * {@link Json#mapper()} sees them (names after the naming strategy and {@code @JsonProperty}, Jackson's order,
 * {@code getX()}/{@code isX()} methods included), each with its name rendered once and a fast accessor. Built once
 * per class from the mapper's own {@link BeanSerializer}; a class whose serialisation is anything more than a plain
 * list of properties written as they are (a custom serializer, filters, views, any-getter, type ids, object ids,
 * unwrapping, inclusion rules, formats, fields read directly, Jackson annotations beyond naming and ordering) gets
 * no plan, and its objects go to Jackson.
 */
final class BeanPlan {
    /** Jackson annotations that only name, order, describe or hide properties: the serializer shows their effect. */
    private static final Set<Class<? extends Annotation>> NEUTRAL = Set.of(JsonProperty.class, JsonPropertyOrder.class,
            JsonIgnore.class, JsonIgnoreProperties.class, JsonCreator.class, JsonGetter.class, JsonAutoDetect.class,
            JsonPropertyDescription.class, JsonClassDescription.class);

    private static final Set<JsonInclude.Include> INCLUDE_ALL = Set.of(JsonInclude.Include.ALWAYS,
            JsonInclude.Include.USE_DEFAULTS);

    private static final ClassValue<BeanPlan> PLANS = new ClassValue<>() {
        @Override
        protected BeanPlan computeValue(Class<?> type) {
            try {
                return build(type);
            } catch (ReflectiveOperationException | IOException | RuntimeException e) {
                return null;
            }
        }
    };

    final Getter[] getters;

    private BeanPlan(Getter[] getters) {
        this.getters = getters;
    }

    /** The plan of {@code type}, or null when its objects go to Jackson. */
    static BeanPlan of(Class<?> type) {
        return PLANS.get(type);
    }

    private static BeanPlan build(Class<?> type) throws ReflectiveOperationException, IOException {
        ObjectMapper mapper = Json.mapper();
        JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(type);
        if (serializer.getClass() != BeanSerializer.class || serializer.usesObjectId()) {
            return null;
        }
        SerializationConfig config = mapper.getSerializationConfig();
        JavaType javaType = config.constructType(type);
        BeanDescription description = config.introspect(javaType);
        if (description.findAnyGetter() != null || !neutral(description.getClassInfo().annotations())
                || mapper.getSerializerFactory().createTypeSerializer(config, javaType) != null) {
            return null;
        }
        List<Getter> getters = new ArrayList<>();
        for (Iterator<PropertyWriter> it = ((BeanSerializer) serializer).properties(); it.hasNext(); ) {
            PropertyWriter writer = it.next();
            if (!(writer instanceof BeanPropertyWriter property) || !plain(property, config)) {
                return null;
            }
            Method method = ((AnnotatedMethod) property.getMember()).getAnnotated();
            getters.add(Getter.of(name(property, getters.isEmpty()), method));
        }
        return getters.isEmpty() ? null : new BeanPlan(getters.toArray(Getter[]::new));
    }

    /** Whether Jackson writes the property as its value's own serializer writes it, nothing added or left out. */
    private static boolean plain(BeanPropertyWriter property, SerializationConfig config) {
        return property.getClass() == BeanPropertyWriter.class && property.getMember() instanceof AnnotatedMethod method
                && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && !property.isUnwrapping() && property.getViews() == null && property.getTypeSerializer() == null
                && !property.willSuppressNulls() && writesAll(config.getDefaultPropertyInclusion())
                && writesAll(config.getDefaultPropertyInclusion(property.getRawSerializationType() == null
                        ? property.getPropertyType() : property.getRawSerializationType()))
                && (!property.hasSerializer() || ValueKind.of(property.getSerializer()) != ValueKind.UNSUPPORTED)
                && neutral(property.getMember().annotations());
    }

    private static boolean writesAll(JsonInclude.Value inclusion) {
        return inclusion == null || INCLUDE_ALL.contains(inclusion.getValueInclusion());
    }

    private static boolean neutral(Iterable<Annotation> annotations) {
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type.getName().startsWith("com.fasterxml.jackson.") && !NEUTRAL.contains(type)) {
                return false;
            }
        }
        return true;
    }

    /** {@code {"name":} for the first property, {@code ,"name":} for the others, as the generator writes names. */
    private static byte[] name(BeanPropertyWriter property, boolean first) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(first ? '{' : ',');
        out.write('"');
        out.writeBytes(property.getSerializedName().asQuotedUTF8());
        out.write('"');
        out.write(':');
        return out.toByteArray();
    }
}
