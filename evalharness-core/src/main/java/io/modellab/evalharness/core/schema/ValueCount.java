package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * How often one value occurs.
 *
 * @param value the value as written in the file
 * @param count rows with it
 */
public record ValueCount(
        @JsonProperty("value") @NotNull String value,
        @JsonProperty("count") @NotNull @PositiveOrZero Long count) {
}
