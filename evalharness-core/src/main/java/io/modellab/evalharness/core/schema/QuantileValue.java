package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * One quantile of a numeric column.
 *
 * @param q the probability, in [0, 1]
 * @param value the value at that probability
 */
public record QuantileValue(
        @JsonProperty("q") @NotNull @DecimalMin("0") @DecimalMax("1") Double q,
        @JsonProperty("value") @NotNull @Finite Double value) {
}
