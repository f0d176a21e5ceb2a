package io.modellab.evalharness.spark;

import java.util.Objects;

/**
 * How the Spark evaluation runs; the defaults are those of the single-machine {@code EvalHarness}.
 *
 * @param runId the run the files belong to, in the run id format ({@code run-YYYYMMDD-HHMMSS-xxxxxxxx}) that
 *     {@link SparkEvaluation#writeFolder} requires of the folder's name
 * @param model the model's name, as metrics.json names it
 * @param threshold rows scoring at least this are predicted positive, in [0, 1]
 * @param resamples Poisson bootstrap replicates of the headline intervals, and multinomial resamples of each slice's
 *     interval, at least 1 (each replicate adds 8 bytes per distinct score to the state)
 * @param seed the seed of the bootstraps
 * @param confidenceLevel e.g. 0.95
 * @param topCategories slices of a categorical key feature: its most frequent values
 * @param minSliceSize slices with fewer rows are flagged {@code below_min_size}
 * @param keyFeature the key feature, or {@code null} to choose it by the single machine's rule
 *     ({@code KeyFeature.forClasses})
 * @param quantileError 0 for exact quantile buckets of a numeric key feature (the default: its distinct values are
 *     counted, so memory grows with them); above 0, Spark's {@code approxQuantile} with this relative error: each
 *     bucket start's rank among the feature's numeric cells is within {@code quantileError} times their count of the
 *     exact start's, and the slices then differ from the single machine's by that much
 * @param failureLimit failure examples per rule, at least 1
 * @param source where the predictions' rows can be found (a path or URI), written into each failure example's
 *     {@code source_row} as {@code source#row=id} as the single machine writes it; {@code null} for none
 * @param dataset the evaluated data's name, in the plots' titles ({@code <model> on <dataset> (test rows)})
 */
public record SparkEvalOptions(String runId, String model, double threshold, int resamples, long seed,
                               double confidenceLevel, int topCategories, int minSliceSize, String keyFeature,
                               double quantileError, int failureLimit, String source, String dataset) {

    /** Checks the values. */
    public SparkEvalOptions {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(dataset, "dataset");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + confidenceLevel);
        }
        if (topCategories < 1) {
            throw new IllegalArgumentException("top categories must be at least 1, got " + topCategories);
        }
        if (minSliceSize < 1) {
            throw new IllegalArgumentException("minimum slice size must be at least 1, got " + minSliceSize);
        }
        if (!(quantileError >= 0 && quantileError < 1)) {
            throw new IllegalArgumentException("quantile error must be in [0, 1), got " + quantileError);
        }
        if (failureLimit < 1) {
            throw new IllegalArgumentException("failure limit must be at least 1, got " + failureLimit);
        }
    }

    /**
     * The single-machine defaults: threshold 0.5, 1000 resamples, 95 %, the key feature's top 5 categories, slices
     * of at least 30 rows, the key feature chosen by the rule, exact quantiles, 5 failure examples per rule, no
     * source, the data called "predictions".
     */
    public static SparkEvalOptions defaults(String runId, String model, long seed) {
        return new SparkEvalOptions(runId, model, 0.5, 1000, seed, 0.95, 5, 30, null, 0, 5, null, "predictions");
    }

    /** These options with the evaluated data called {@code name} in the plots' titles. */
    public SparkEvalOptions withDataset(String name) {
        return new SparkEvalOptions(runId, model, threshold, resamples, seed, confidenceLevel, topCategories,
                minSliceSize, keyFeature, quantileError, failureLimit, source, name);
    }

    /** These options with failure examples pointing into {@code rows} ({@code rows#row=id}). */
    public SparkEvalOptions withSource(String rows) {
        return new SparkEvalOptions(runId, model, threshold, resamples, seed, confidenceLevel, topCategories,
                minSliceSize, keyFeature, quantileError, failureLimit, rows, dataset);
    }

    /** These options with {@code column} as the key feature. */
    public SparkEvalOptions withKeyFeature(String column) {
        return new SparkEvalOptions(runId, model, threshold, resamples, seed, confidenceLevel, topCategories,
                minSliceSize, column, quantileError, failureLimit, source, dataset);
    }

    /** These options with a numeric key feature's quantile buckets approximated to {@code relativeError}. */
    public SparkEvalOptions withApproximateQuantiles(double relativeError) {
        return new SparkEvalOptions(runId, model, threshold, resamples, seed, confidenceLevel, topCategories,
                minSliceSize, keyFeature, relativeError, failureLimit, source, dataset);
    }
}
