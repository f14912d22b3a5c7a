package com.aftersales.crm.web.api;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON request body strictly before the binder sees it. The binder (Yasson) stops after the first value, so
 * {@code {…} garbage} passed; it truncates {@code 301.5} to 301 and wraps {@code 1e30} around for a whole-number field;
 * and it names no field for an unknown code. Here the body must be exactly one JSON value, and each value is checked
 * against the Java field it is bound to: whole numbers for integer fields, within the field's range; numbers for
 * decimal fields; true or false for flags; a known code for a code. Every field at fault is named (nested ones as
 * {@code lines[0].productId}); then the binder reads the same bytes.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJson implements ReaderInterceptor {

    private static final Map<Class<?>, BigInteger[]> WHOLE = Map.of(
            long.class, range(Long.MIN_VALUE, Long.MAX_VALUE), Long.class, range(Long.MIN_VALUE, Long.MAX_VALUE),
            int.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE), Integer.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE),
            short.class, range(Short.MIN_VALUE, Short.MAX_VALUE), Short.class, range(Short.MIN_VALUE, Short.MAX_VALUE),
            byte.class, range(Byte.MIN_VALUE, Byte.MAX_VALUE), Byte.class, range(Byte.MIN_VALUE, Byte.MAX_VALUE));

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return context.proceed();
        }
        JsonValue value = parse(body);
        List<InvalidBody.Fault> faults = new ArrayList<>();
        check(value, context.getGenericType(), "", faults);
        if (!faults.isEmpty()) {
            throw new InvalidBody("api.error.invalidValues", faults);
        }
        return context.proceed();
    }

    /** The body's one JSON value; anything after it is refused. */
    static JsonValue parse(byte[] body) {
        JsonValue value;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            try {
                parser.next();
                value = parser.getValue();
            } catch (JsonParsingException | java.util.NoSuchElementException | IllegalStateException e) {
                throw new InvalidBody("api.error.unreadable", List.of());
            }
            try {
                if (parser.hasNext()) {
                    throw new InvalidBody("api.error.trailing", List.of());
                }
            } catch (JsonParsingException e) {
                throw new InvalidBody("api.error.trailing", List.of());
            }
        } catch (jakarta.json.JsonException e) {
            throw new InvalidBody("api.error.unreadable", List.of());
        }
        return value;
    }

    /** Adds a fault for each value that the Java type at {@code path} cannot hold as it is. */
    static void check(JsonValue value, Type type, String path, List<InvalidBody.Fault> faults) {
        Class<?> raw = raw(type);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL || raw == null) {
            return;
        }
        BigInteger[] range = WHOLE.get(raw);
        if (range != null || raw == BigInteger.class) {
            if (!(value instanceof JsonNumber number) || !wholeWithin(number.bigDecimalValue(), range)) {
                faults.add(new InvalidBody.Fault(path, "api.error.notAnInteger"));
            }
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            if (!(value instanceof JsonNumber)) {
                faults.add(new InvalidBody.Fault(path, "api.error.notANumber"));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                faults.add(new InvalidBody.Fault(path, "api.error.notABoolean"));
            }
        } else if (raw.isEnum()) {
            if (!(value instanceof JsonString code) || !isConstant(raw, code.getString())) {
                faults.add(new InvalidBody.Fault(path, "api.error.unknownCode"));
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (value instanceof JsonArray array && type instanceof ParameterizedType parameterized) {
                for (int i = 0; i < array.size(); i++) {
                    check(array.get(i), parameterized.getActualTypeArguments()[0], path + "[" + i + "]", faults);
                }
            }
        } else if (raw.getName().startsWith("com.aftersales.") && value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                Field field = field(raw, member.getKey());
                if (field != null) {
                    check(member.getValue(), field.getGenericType(), path.isEmpty() ? member.getKey()
                            : path + "." + member.getKey(), faults);
                }
            }
        }
    }

    private static boolean wholeWithin(BigDecimal number, BigInteger[] range) {
        BigDecimal plain = number.stripTrailingZeros();
        if (plain.scale() > 0 || plain.precision() - plain.scale() > 40) {
            return false;
        }
        BigInteger whole = plain.toBigIntegerExact();
        return range == null || (whole.compareTo(range[0]) >= 0 && whole.compareTo(range[1]) <= 0);
    }

    private static boolean isConstant(Class<?> kind, String code) {
        for (Object constant : kind.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** The field a JSON property is bound to (its own name, or the one {@code @JsonbProperty} gives it). */
    private static Field field(Class<?> kind, String property) {
        for (Class<?> c = kind; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                    continue;
                }
                JsonbProperty named = field.getAnnotation(JsonbProperty.class);
                if (named != null ? named.value().equals(property) : field.getName().equals(property)) {
                    return field;
                }
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static BigInteger[] range(long min, long max) {
        return new BigInteger[]{BigInteger.valueOf(min), BigInteger.valueOf(max)};
    }
}
