package io.modellab.evalharness.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A bootstrap interval of one metric.
 *
 * @param metric the metric's name
 * @param pointEstimate the metric on all rows
 * @param mean the mean over the resamples
 * @param lower the lower end: for a percentile interval the (1 - level) / 2 percentile of the resampled values
 *     (the 2.5th at 95 %), for a BCa interval the percentile that z0 and a move it to
 * @param upper the upper end: the (1 + level) / 2 percentile (the 97.5th at 95 %), or the BCa-moved one
 * @param resamplesUsed resamples on which the metric was defined (a resample with one class has no ROC-AUC)
 * @param method how this interval was read off, e.g. {@code bca_bootstrap}, or a percentile method with the reason
 *     BCa was not used; {@code null} means the file's method
 * @param biasCorrection BCa's z0, the normal quantile of the share of resamples below the point estimate;
 *     {@code null} for a percentile interval
 * @param acceleration BCa's a, from the skewness of the leave-one-out values; {@code null} for a percentile interval
 */
public record ConfidenceInterval(
        @JsonProperty("metric") @NotBlank String metric,
        @JsonProperty("point_estimate") @NotNull @Finite Double pointEstimate,
        @JsonProperty("mean") @NotNull @Finite Double mean,
        @JsonProperty("lower") @NotNull @Finite Double lower,
        @JsonProperty("upper") @NotNull @Finite Double upper,
        @JsonProperty("resamples_used") @NotNull @PositiveOrZero Integer resamplesUsed,
        @JsonProperty("method") @Size(min = 1) String method,
        @JsonProperty("bias_correction") @Finite Double biasCorrection,
        @JsonProperty("acceleration") @Finite Double acceleration) {

    /** A percentile interval read off with the file's method. */
    public ConfidenceInterval(String metric, Double pointEstimate, Double mean, Double lower, Double upper,
                              Integer resamplesUsed) {
        this(metric, pointEstimate, mean, lower, upper, resamplesUsed, null, null, null);
    }
}
