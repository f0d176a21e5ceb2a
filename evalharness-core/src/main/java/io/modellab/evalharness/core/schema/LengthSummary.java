package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Lengths of a text column's present values, in Unicode code points.
 *
 * @param min the shortest
 * @param mean the mean
 * @param max the longest
 */
public record LengthSummary(
        @JsonProperty("min") @NotNull @PositiveOrZero Long min,
        @JsonProperty("mean") @NotNull @Finite @PositiveOrZero Double mean,
        @JsonProperty("max") @NotNull @PositiveOrZero Long max) {
}
