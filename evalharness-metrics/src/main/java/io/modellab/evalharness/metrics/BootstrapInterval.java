package io.modellab.evalharness.metrics;

import io.modellab.evalharness.core.schema.ConfidenceInterval;

/**
 * A bootstrap interval of one metric.
 *
 * @param pointEstimate the metric on all rows
 * @param mean the mean of the metric over the resamples where it was defined
 * @param lower the lower end: the lower percentile of the resampled values (e.g. the 2.5th for a 95 % interval),
 *     or for a BCa interval the percentile at {@link Adjustment#lowerLevel()}
 * @param upper the upper end: the upper percentile (e.g. the 97.5th), or for a BCa interval the percentile at
 *     {@link Adjustment#upperLevel()}
 * @param resamples the number of resamples drawn
 * @param resamplesUsed resamples on which the metric was defined (not NaN)
 * @param seed the seed the resamples were drawn with
 * @param confidenceLevel the interval's level, e.g. 0.95
 * @param method how rows were resampled and the interval read off, e.g. {@value Bootstrap#METHOD} or
 *     {@value Bootstrap#BCA_METHOD}; a BCa request that fell back to the percentile interval says so and why
 * @param bca the BCa adjustment, {@code null} for a percentile interval
 */
public record BootstrapInterval(double pointEstimate, double mean, double lower, double upper, int resamples,
                                int resamplesUsed, long seed, double confidenceLevel, String method, Adjustment bca) {

    /** A percentile interval (no BCa adjustment). */
    public BootstrapInterval(double pointEstimate, double mean, double lower, double upper, int resamples,
                             int resamplesUsed, long seed, double confidenceLevel, String method) {
        this(pointEstimate, mean, lower, upper, resamples, resamplesUsed, seed, confidenceLevel, method, null);
    }

    /**
     * This interval as confidence_intervals.json writes it for {@code metric}, or {@code null} when it is undefined
     * (no point estimate, or no resample on which the metric was defined).
     */
    public ConfidenceInterval toRecord(String metric) {
        if (Double.isNaN(pointEstimate) || resamplesUsed == 0) {
            return null;
        }
        return new ConfidenceInterval(metric, pointEstimate, mean, lower, upper, resamplesUsed, method,
                bca == null ? null : bca.biasCorrection(), bca == null ? null : bca.acceleration());
    }

    /**
     * How a BCa interval moved the percentiles it reads.
     *
     * @param biasCorrection z0, the normal quantile of the share of replicates below the point estimate (ties
     *     half): positive when the replicates lie mostly below it
     * @param acceleration a, from the skewness of the jackknife values: how fast the metric's standard error
     *     changes with its value
     * @param lowerLevel the share of replicates below the lower end, in place of (1 - level) / 2
     * @param upperLevel the share of replicates below the upper end, in place of (1 + level) / 2
     */
    public record Adjustment(double biasCorrection, double acceleration, double lowerLevel, double upperLevel) {
    }
}
