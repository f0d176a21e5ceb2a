/**
 * How the numbers are computed: classification metrics and bootstrap confidence intervals.
 *
 * <p>Functions take plain arrays (actual outcomes, scores, predictions), never a model, so any JVM model's
 * output can be scored. Values match scikit-learn's: the tests compare them to golden values that
 * scikit-learn computed ({@code src/test/python/make_golden.py}). Where scikit-learn sets an undefined ratio
 * to 0 (precision with no predicted positive), so do we; ROC-AUC with a single class present is undefined
 * and returned as {@code NaN}, which callers write as {@code null} with a note.
 *
 * <p>Confidence intervals are percentile bootstraps over rows ({@link io.modellab.evalharness.metrics.Bootstrap}),
 * seeded, with the percentiles read off the way numpy's default (linear, R-7) does.
 */
package io.modellab.evalharness.metrics;
