package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The distribution of a numeric or integer column's present values.
 *
 * @param min the smallest value
 * @param max the largest value
 * @param mean the arithmetic mean
 * @param std the sample standard deviation (divisor n - 1), {@code null} for fewer than two values
 * @param quantiles chosen quantiles, ascending
 * @param quantilesExact whether the quantiles are exact (linear interpolation between order statistics, as
 *     numpy's default); otherwise they come from the bounded sketch
 * @param histogram the values in bins
 */
public record NumericSummary(
        @JsonProperty("min") @NotNull @Finite Double min,
        @JsonProperty("max") @NotNull @Finite Double max,
        @JsonProperty("mean") @NotNull @Finite Double mean,
        @JsonProperty("std") @Finite Double std,
        @JsonProperty("quantiles") @NotNull List<@NotNull @Valid QuantileValue> quantiles,
        @JsonProperty("quantiles_exact") @NotNull Boolean quantilesExact,
        @JsonProperty("histogram") @NotNull @Valid Histogram histogram) {

    /** Copies the list. */
    public NumericSummary {
        quantiles = Lists.copyOf(quantiles);
    }

    /** The value at probability {@code q}, or {@code null} when that quantile was not computed. */
    public Double quantile(double q) {
        for (QuantileValue v : quantiles) {
            if (v.q() == q) {
                return v.value();
            }
        }
        return null;
    }
}
