package io.modellab.evalharness.core.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Collects every type problem Jackson meets while reading one file, instead of stopping at the first, so that
 * the reader can name every bad field. A bad value is read as {@code null} and skipped.
 */
final class ProblemCollector extends DeserializationProblemHandler {

    private final List<Violation> problems = new ArrayList<>();

    List<Violation> problems() {
        return problems;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        problems.add(new Violation(jsonPath(p.getParsingContext()), "is not a field of this file"));
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                         String failureMsg) {
        problems.add(new Violation(jsonPath(ctxt.getParser().getParsingContext()),
                "expected " + describe(targetType) + ", got \"" + value + "\""));
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                                         String failureMsg) {
        problems.add(new Violation(jsonPath(ctxt.getParser().getParsingContext()),
                "expected " + describe(targetType) + ", got " + value));
        return null;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken token,
                                        JsonParser p, String failureMsg) throws IOException {
        problems.add(new Violation(jsonPath(p.getParsingContext()),
                "expected " + describe(targetType.getRawClass()) + ", got " + describe(token, p)));
        p.skipChildren();
        return null;
    }

    /** The JSON path of the value the parser is at, e.g. {@code $.slices[2].sample_size}. */
    static String jsonPath(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        return "$" + String.join("", parts);
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Field constant : type.getFields()) {
                JsonProperty json = constant.getAnnotation(JsonProperty.class);
                if (constant.isEnumConstant()) {
                    names.add(json == null ? constant.getName() : json.value());
                }
            }
            return "one of " + names;
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String describe(JsonToken token, JsonParser p) throws IOException {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "\"" + p.getText() + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> p.getText();
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
