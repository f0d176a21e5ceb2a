package io.modellab.evalharness.core.schema.modelcard;

import java.util.Locale;
import java.util.Optional;

/** {@code feature_inventory[].type}: how a column's values are treated. */
public enum FeatureType {
    /** Numbers. */
    SCALAR,
    /** A small set of categories. */
    SET,
    /** Free text: many distinct strings. */
    FREE_STRING,
    /** JSON objects or arrays. */
    JSON;

    /** The anchored pattern of the spellings this library writes. */
    public static final String WRITTEN = "^(scalar|set|free_string|json)$";

    /**
     * The type a file's spelling names: {@code set}, {@code SET} and the {@code ColumnType.SET} that real files
     * carry all name {@link #SET}; empty when it names none of these.
     */
    public static Optional<FeatureType> parse(String spelling) {
        return Spellings.parse(FeatureType.class, spelling);
    }

    /** How the spec and this library write it: {@code scalar}, {@code set}, {@code free_string}, {@code json}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }
}
