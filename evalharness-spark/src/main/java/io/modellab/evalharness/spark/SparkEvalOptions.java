package io.modellab.evalharness.spark;

import java.util.Objects;

/**
 * How the Spark evaluation runs; the defaults are those of the single-machine {@code EvalHarness}.
 *
 * @param runId the run the files belong to
 * @param model the model's name, as metrics.json names it
 * @param threshold rows scoring at least this are predicted positive, in [0, 1]
 * @param resamples Poisson bootstrap replicates, at least 1 (each adds 8 bytes per distinct score to the state)
 * @param seed the seed of the bootstrap
 * @param confidenceLevel e.g. 0.95
 * @param topCategories slices per slice column: its most frequent values
 * @param minSliceSize slices with fewer rows are flagged {@code below_min_size}
 */
public record SparkEvalOptions(String runId, String model, double threshold, int resamples, long seed,
                               double confidenceLevel, int topCategories, int minSliceSize) {

    /** Checks the values. */
    public SparkEvalOptions {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(model, "model");
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
    }

    /** The single-machine defaults (threshold 0.5, 1000 resamples, 95 %, 5 slices per column of at least 30 rows). */
    public static SparkEvalOptions defaults(String runId, String model, long seed) {
        return new SparkEvalOptions(runId, model, 0.5, 1000, seed, 0.95, 5, 30);
    }
}
