package io.modellab.evalharness.spark;

import java.util.Objects;

/**
 * How the Spark ranking evaluation runs; the defaults are those of the single-machine {@code RankingEvaluator}
 * ({@code EvalOptions.DEFAULTS}).
 *
 * @param runId the run the files belong to, in the run id format ({@code run-YYYYMMDD-HHMMSS-xxxxxxxx})
 * @param model the ranking system's name, as metrics.json names it
 * @param depth the most candidates the system was asked for per query (a query with more is an error; failure
 *     examples of unretrieved documents name it)
 * @param resamples Poisson bootstrap replicates of the intervals, at least 1 (each adds 480 bytes to the state)
 * @param seed the bootstrap's seed
 * @param confidenceLevel e.g. 0.95
 * @param minSliceSize slices with fewer queries are flagged {@code below_min_size} and never named weakest
 * @param failureLimit failure examples per rule, at least 1
 * @param source where the queries can be found, written into each failure example's {@code source_row} as
 *     {@code source#query=id}; {@code null} for none
 */
public record SparkRankingOptions(String runId, String model, int depth, int resamples, long seed,
                                  double confidenceLevel, int minSliceSize, int failureLimit, String source) {

    /** Checks the values. */
    public SparkRankingOptions {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(model, "model");
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, got " + depth);
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + confidenceLevel);
        }
        if (minSliceSize < 1) {
            throw new IllegalArgumentException("minimum slice size must be at least 1, got " + minSliceSize);
        }
        if (failureLimit < 1) {
            throw new IllegalArgumentException("failure limit must be at least 1, got " + failureLimit);
        }
    }

    /** The single-machine defaults: 1000 resamples, 95 %, slices of at least 30 queries, 5 examples per rule. */
    public static SparkRankingOptions defaults(String runId, String model, int depth, long seed) {
        return new SparkRankingOptions(runId, model, depth, 1000, seed, 0.95, 30, 5, null);
    }

    /** These options with {@code count} replicates. */
    public SparkRankingOptions withResamples(int count) {
        return new SparkRankingOptions(runId, model, depth, count, seed, confidenceLevel, minSliceSize, failureLimit,
                source);
    }

    /** These options with failure examples pointing into {@code queries} ({@code queries#query=id}). */
    public SparkRankingOptions withSource(String queries) {
        return new SparkRankingOptions(runId, model, depth, resamples, seed, confidenceLevel, minSliceSize,
                failureLimit, queries);
    }
}
