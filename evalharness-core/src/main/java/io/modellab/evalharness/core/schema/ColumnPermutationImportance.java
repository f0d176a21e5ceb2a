package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * The permutation importance of one feature column: how much worse a metric gets (it drops, or rises for an error
 * such as RMSE) when the column's cells are shuffled across all rows, which breaks its link to the label while keeping
 * its distribution.
 *
 * @param column the feature column
 * @param importance clean metric minus metric with the column shuffled (the other way round for an error): positive
 *     when the model relies on it, about 0 when it ignores it; {@code null} when the metric is undefined
 * @param ciLower the lower end of the paired bootstrap interval of the importance, {@code null} without an interval
 * @param ciUpper the upper end of that interval, {@code null} without an interval
 */
public record ColumnPermutationImportance(
        @JsonProperty("column") @NotBlank String column,
        @JsonProperty("importance") @Finite Double importance,
        @JsonProperty("ci_lower") @Finite Double ciLower,
        @JsonProperty("ci_upper") @Finite Double ciUpper) {
}
