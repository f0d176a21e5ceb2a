package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A bootstrap interval of one metric.
 *
 * @param metric the metric's name
 * @param pointEstimate the metric on all rows
 * @param mean the mean over the resamples
 * @param lower the 2.5th percentile of the resampled values
 * @param upper the 97.5th percentile of the resampled values
 * @param resamplesUsed resamples on which the metric was defined (a resample with one class has no ROC-AUC)
 */
public record ConfidenceInterval(
        @JsonProperty("metric") @NotBlank String metric,
        @JsonProperty("point_estimate") @NotNull @Finite Double pointEstimate,
        @JsonProperty("mean") @NotNull @Finite Double mean,
        @JsonProperty("lower") @NotNull @Finite Double lower,
        @JsonProperty("upper") @NotNull @Finite Double upper,
        @JsonProperty("resamples_used") @NotNull @PositiveOrZero Integer resamplesUsed) {
}
