package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The profile of one column. Which summaries are present depends on the type: {@code numeric} for numeric and
 * integer columns, {@code values} for boolean, categorical and text columns, {@code length} for text, and
 * {@code datetime} for date/time columns; the others are {@code null}. A column with no present value has none.
 *
 * @param name the header name
 * @param type the column's type
 * @param present cells with a value
 * @param missing cells that are empty or a missing token
 * @param missingShare {@code missing / rows}
 * @param numeric the distribution of a numeric or integer column
 * @param values the most frequent values
 * @param length the lengths of a text column's values
 * @param datetime the range of a date/time column
 */
public record ColumnProfile(
        @JsonProperty("name") @NotBlank String name,
        @JsonProperty("type") @NotNull ColumnType type,
        @JsonProperty("present") @NotNull @PositiveOrZero Long present,
        @JsonProperty("missing") @NotNull @PositiveOrZero Long missing,
        @JsonProperty("missing_share") @NotNull @DecimalMin("0") @DecimalMax("1") Double missingShare,
        @JsonProperty("numeric") @Valid NumericSummary numeric,
        @JsonProperty("values") @Valid ValueCounts values,
        @JsonProperty("length") @Valid LengthSummary length,
        @JsonProperty("datetime") @Valid DateTimeRange datetime) {
}
