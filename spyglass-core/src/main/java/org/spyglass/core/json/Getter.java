package org.spyglass.core.json;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * One property of a {@link BeanPlan}: its rendered name and its accessor, a class made by
 * {@link LambdaMetafactory} that calls the accessor method directly (as Jackson's Blackbird module does), with no
 * boxing for the primitive types {@code long}, {@code int}, {@code boolean} and {@code double}.
 */
final class Getter {
    static final int OBJECT = 0;
    static final int LONG = 1;
    static final int INT = 2;
    static final int BOOLEAN = 3;
    static final int DOUBLE = 4;

    /** The name as written before the value: {@code {"name":} or {@code ,"name":}. */
    final byte[] name;
    final int shape;
    final Function<Object, Object> object;
    final ToLongFunction<Object> longs;
    final ToIntFunction<Object> ints;
    final Predicate<Object> booleans;
    final ToDoubleFunction<Object> doubles;

    private Getter(byte[] name, int shape, Object accessor) {
        this.name = name;
        this.shape = shape;
        this.object = shape == OBJECT ? cast(accessor) : null;
        this.longs = shape == LONG ? cast(accessor) : null;
        this.ints = shape == INT ? cast(accessor) : null;
        this.booleans = shape == BOOLEAN ? cast(accessor) : null;
        this.doubles = shape == DOUBLE ? cast(accessor) : null;
    }

    /** The getter of an instance method without parameters. */
    static Getter of(byte[] name, Method method) throws ReflectiveOperationException {
        Class<?> owner = method.getDeclaringClass();
        Class<?> result = method.getReturnType();
        int shape;
        Class<?> face;
        String call;
        Class<?> returned;
        if (result == long.class) {
            shape = LONG;
            face = ToLongFunction.class;
            call = "applyAsLong";
            returned = long.class;
        } else if (result == int.class) {
            shape = INT;
            face = ToIntFunction.class;
            call = "applyAsInt";
            returned = int.class;
        } else if (result == boolean.class) {
            shape = BOOLEAN;
            face = Predicate.class;
            call = "test";
            returned = boolean.class;
        } else if (result == double.class) {
            shape = DOUBLE;
            face = ToDoubleFunction.class;
            call = "applyAsDouble";
            returned = double.class;
        } else {
            shape = OBJECT;
            face = Function.class;
            call = "apply";
            returned = Object.class;
        }
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
        MethodHandle target = lookup.unreflect(method);
        MethodType instantiated = MethodType.methodType(result.isPrimitive() && shape == OBJECT
                ? MethodType.methodType(result).wrap().returnType() : result, owner);
        try {
            CallSite site = LambdaMetafactory.metafactory(lookup, call, MethodType.methodType(face),
                    MethodType.methodType(returned, Object.class), target, instantiated);
            return new Getter(name, shape, site.getTarget().invoke());
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new ReflectiveOperationException("no accessor for " + method, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object accessor) {
        return (T) accessor;
    }
}
