package com.aftersales.crm.web.api;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The API's JSON binder: JSON-B's defaults, except that a date-time without a zone of ours (the visit agreed on the
 * phone, China time) is read as the OpenAPI document's {@code date-time} says — with an offset or {@code Z}, converted
 * to China time (+08:00) — or as China time when it has none, and written with its offset (+08:00). A moment
 * ({@link Instant}: opened at, due at) is read the same way and written in China time with its offset too
 * ({@code 2026-12-03T10:00:00+08:00}, not {@code …02:00:00Z}): every date-time the API answers has the +08:00 offset.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withSerializers(new ChinaTimeWriter(), new InstantWriter())
            .withDeserializers(new ChinaTimeReader(), new InstantReader()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** An answer as the API writes it. */
    static String json(Object value) {
        return JSONB.toJson(value);
    }

    /** "2026-12-03T10:00:00+08:00", "2026-12-03T02:00:00Z" or China time "2026-12-03T10:00" → China time. */
    static LocalDateTime chinaTime(String text) {
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(CHINA).toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new JsonbException("not an ISO 8601 date-time: " + text);
            }
        }
    }

    static String withOffset(LocalDateTime chinaTime) {
        return chinaTime.atZone(CHINA).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** "2026-12-03T10:00:00+08:00", "2026-12-03T02:00:00Z" or China time "2026-12-03T10:00" → that moment. */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(CHINA).toInstant();
            } catch (DateTimeParseException e) {
                throw new JsonbException("not an ISO 8601 date-time: " + text);
            }
        }
    }

    static String withOffset(Instant moment) {
        return moment.atZone(CHINA).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static class InstantReader implements JsonbDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonString text)) {
                throw new JsonbException("a date-time is a string");
            }
            return instant(text.getString());
        }
    }

    public static class InstantWriter implements JsonbSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
            generator.write(withOffset(value));
        }
    }

    public static class ChinaTimeReader implements JsonbDeserializer<LocalDateTime> {
        @Override
        public LocalDateTime deserialize(JsonParser parser, DeserializationContext context, Type type) {
            // Yasson's parser offers no currentEvent(); the value tells null, string or anything else apart
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonString text)) {
                throw new JsonbException("a date-time is a string");
            }
            return chinaTime(text.getString());
        }
    }

    public static class ChinaTimeWriter implements JsonbSerializer<LocalDateTime> {
        @Override
        public void serialize(LocalDateTime value, JsonGenerator generator, SerializationContext context) {
            generator.write(withOffset(value));
        }
    }
}
