package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the values of a dataset column are, as inferred from every value or set in code. */
public enum ColumnType {
    /** Numbers with a fraction or an exponent somewhere, e.g. {@code 3.5}, {@code 1e-3}. */
    @JsonProperty("numeric") NUMERIC,
    /** Whole numbers that fit in 64 bits, e.g. {@code 42}, {@code -7}. */
    @JsonProperty("integer") INTEGER,
    /** Only {@code true}/{@code false}/{@code yes}/{@code no}, in any letter case. */
    @JsonProperty("boolean") BOOLEAN,
    /** A limited set of labels, e.g. {@code radio/tv}. */
    @JsonProperty("categorical") CATEGORICAL,
    /** Free text: too many distinct values, or too long, to be labels. */
    @JsonProperty("text") TEXT,
    /** ISO-8601 dates or date-times, e.g. {@code 2024-03-01} or {@code 2024-03-01T12:30:00Z}. */
    @JsonProperty("datetime") DATETIME
}
