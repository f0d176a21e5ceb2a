package io.modellab.tracker;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.slicing.FailureTagging;
import java.util.Objects;

/**
 * How an evaluation is run.
 *
 * @param resamples bootstrap resamples per headline metric (the spec allows fewer when compute is heavy; the
 *     count is always written)
 * @param confidenceLevel the intervals' level
 * @param minSliceSize slices with fewer rows are flagged and never singled out as the worst
 * @param topCategories how many categories of the key column become slices
 * @param failureLimit examples per failure rule
 * @param progress hears each stage
 * @param failureTagging how failure examples get their failure-mode tag: the user's overrides and rules, then the
 *     default heuristics ({@link FailureTagging})
 */
public record EvalOptions(int resamples, double confidenceLevel, int minSliceSize, int topCategories,
                          int failureLimit, ProgressListener progress, FailureTagging failureTagging) {

    /**
     * 1000 resamples, 95 % intervals, slices of at least 30 rows, top 5 categories, 5 examples per rule, the default
     * tagging heuristics.
     */
    public static final EvalOptions DEFAULTS = new EvalOptions(1000, 0.95, 30, 5, 5, ProgressListener.NONE);

    /** Options with the default tagging heuristics. */
    public EvalOptions(int resamples, double confidenceLevel, int minSliceSize, int topCategories, int failureLimit,
                       ProgressListener progress) {
        this(resamples, confidenceLevel, minSliceSize, topCategories, failureLimit, progress, FailureTagging.DEFAULTS);
    }

    /** These options with other tagging rules. */
    public EvalOptions withFailureTagging(FailureTagging tagging) {
        return new EvalOptions(resamples, confidenceLevel, minSliceSize, topCategories, failureLimit, progress, tagging);
    }

    /** Checks the values. */
    public EvalOptions {
        if (resamples < 1 || minSliceSize < 1 || topCategories < 1 || failureLimit < 0) {
            throw new IllegalArgumentException("resamples, minSliceSize and topCategories must be positive and"
                    + " failureLimit not negative");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + confidenceLevel);
        }
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(failureTagging, "failureTagging");
    }

    /** These options with another listener. */
    public EvalOptions withProgress(ProgressListener listener) {
        return new EvalOptions(resamples, confidenceLevel, minSliceSize, topCategories, failureLimit, listener,
                failureTagging);
    }
}
