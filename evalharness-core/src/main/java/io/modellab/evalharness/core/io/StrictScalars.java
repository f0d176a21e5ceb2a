package io.modellab.evalharness.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Scalars read exactly as written: a whole number only from an integer token, a number only from a number token,
 * a boolean only from {@code true}/{@code false}, a string only from a string. Anything else goes to the
 * context's problem handlers (so the reader can collect every bad field) instead of being coerced.
 */
final class StrictScalars {

    private StrictScalars() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("modellab-strict-scalars");
        module.addDeserializer(Integer.class, new Scalar<>(Integer.class) {
            @Override
            Integer read(JsonParser p) throws IOException {
                return p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                        ? p.getIntValue() : null;
            }
        });
        module.addDeserializer(Long.class, new Scalar<>(Long.class) {
            @Override
            Long read(JsonParser p) throws IOException {
                return p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                        ? p.getLongValue() : null;
            }
        });
        module.addDeserializer(Double.class, new Scalar<>(Double.class) {
            @Override
            Double read(JsonParser p) throws IOException {
                return p.currentToken().isNumeric() ? p.getDoubleValue() : null;
            }
        });
        module.addDeserializer(Boolean.class, new Scalar<>(Boolean.class) {
            @Override
            Boolean read(JsonParser p) {
                return p.currentToken().isBoolean() ? p.currentToken() == JsonToken.VALUE_TRUE : null;
            }
        });
        module.addDeserializer(String.class, new Scalar<>(String.class) {
            @Override
            String read(JsonParser p) throws IOException {
                return p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
            }
        });
        return module;
    }

    /** Reads a scalar of type {@code T}, or hands the token to the problem handlers. */
    private abstract static class Scalar<T> extends StdScalarDeserializer<T> {

        private static final long serialVersionUID = 1L;

        Scalar(Class<T> type) {
            super(type);
        }

        /** The value, or {@code null} when the current token is not one of this type. */
        abstract T read(JsonParser p) throws IOException;

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = read(p);
            return value != null ? value : (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
    }
}
