package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.schema.FailureExample;

/**
 * What a failure-mode tagger knows about one selected example.
 *
 * @param task {@code classification}, {@code regression} or {@code ranking}
 * @param example the example as selected (untagged)
 * @param missingShare the share of the row's features that are missing
 * @param featureCount how many features the row has
 * @param constantModel whether the model gave every evaluated row the same output (it learned no signal)
 * @param absoluteError for a regression, |prediction - actual|; otherwise {@code null}
 * @param meanAbsoluteError for a regression, the mean absolute error over all rows; otherwise {@code null}
 * @param queryLength for a ranking, the query's token count; otherwise {@code null}
 */
public record FailureCase(String task, FailureExample example, double missingShare, int featureCount,
                          boolean constantModel, Double absoluteError, Double meanAbsoluteError, Integer queryLength) {

    /** Task name of a classifier. */
    public static final String CLASSIFICATION = "classification";
    /** Task name of a regression. */
    public static final String REGRESSION = "regression";
    /** Task name of a ranking. */
    public static final String RANKING = "ranking";

    /** Whether every feature of the row is missing. */
    public boolean allFeaturesMissing() {
        return featureCount > 0 && missingShare >= 1;
    }
}
