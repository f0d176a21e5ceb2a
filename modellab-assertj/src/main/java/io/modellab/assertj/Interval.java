package io.modellab.assertj;

import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;

/**
 * A metric's bootstrap interval as confidence_intervals.json gives it, with the file's level and, where the interval
 * names none, the file's method.
 */
record Interval(double lower, double upper, double level, String method, int resamples) {

    static Interval of(ConfidenceInterval ci, ConfidenceIntervals file) {
        return new Interval(ci.lower(), ci.upper(), file.confidenceLevel(),
                ci.method() == null ? file.method() : ci.method(), ci.resamplesUsed());
    }

    /** E.g. {@code 95% confidence interval [0.74, 0.84] (bca_bootstrap, 1000 resamples)}. */
    String describe() {
        return Texts.percent(level) + " confidence interval " + Texts.interval(lower, upper) + " (" + method + ", "
                + Texts.count(resamples, "resample", "resamples") + ")";
    }
}
