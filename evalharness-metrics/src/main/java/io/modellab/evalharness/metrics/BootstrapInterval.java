package io.modellab.evalharness.metrics;

/**
 * A bootstrap interval of one metric.
 *
 * @param pointEstimate the metric on all rows
 * @param mean the mean of the metric over the resamples where it was defined
 * @param lower the lower percentile, e.g. the 2.5th for a 95 % interval
 * @param upper the upper percentile, e.g. the 97.5th
 * @param resamples the number of resamples drawn
 * @param resamplesUsed resamples on which the metric was defined (not NaN)
 * @param seed the seed the resamples were drawn with
 * @param confidenceLevel the interval's level, e.g. 0.95
 * @param method how rows were resampled, e.g. {@value Bootstrap#METHOD}
 */
public record BootstrapInterval(double pointEstimate, double mean, double lower, double upper, int resamples,
                                int resamplesUsed, long seed, double confidenceLevel, String method) {
}
