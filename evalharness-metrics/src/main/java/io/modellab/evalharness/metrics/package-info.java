/**
 * How the numbers are computed: the metric suites, bootstrap confidence intervals and a latency harness.
 *
 * <ul>
 *   <li>{@link io.modellab.evalharness.metrics.ClassificationMetrics} (binary and multiclass, weighted) over
 *       {@link io.modellab.evalharness.metrics.ClassificationData}; count-based metrics come from the mergeable
 *       {@link io.modellab.evalharness.metrics.ConfusionCounts}, rank metrics from one sort
 *       ({@link io.modellab.evalharness.metrics.RankMetrics}), probability metrics from
 *       {@link io.modellab.evalharness.metrics.ProbabilityMetrics};</li>
 *   <li>{@link io.modellab.evalharness.metrics.RegressionMetrics} and
 *       {@link io.modellab.evalharness.metrics.RankingMetrics} (per query, then the mean over queries);</li>
 *   <li>{@link io.modellab.evalharness.metrics.Bootstrap} (any metric, stratified, paired difference) with two fast
 *       paths, {@link io.modellab.evalharness.metrics.CountBootstrap} and
 *       {@link io.modellab.evalharness.metrics.RankBootstrap}; every replicate's randomness derives from the seed
 *       and the replicate index, so results do not depend on the number of threads. Intervals are percentile or,
 *       where the jackknife is cheap, BCa ({@link io.modellab.evalharness.metrics.Bootstrap.Interval}); checked
 *       against scipy's BCa formula in {@code src/test/resources/golden/bca.json};</li>
 *   <li>{@link io.modellab.evalharness.metrics.ScoreHistogram}, the exact, mergeable histogram of a binary
 *       classifier's distinct scores from which its whole suite follows, and
 *       {@link io.modellab.evalharness.metrics.PoissonBootstrap}'s per-row counts keyed by a row id: the state the
 *       Spark path aggregates;</li>
 *   <li>{@link io.modellab.evalharness.metrics.LatencyHarness} over any {@code Predictor};</li>
 *   <li>{@link io.modellab.evalharness.metrics.TargetProxyRule}, the leakage warning that needs a metric.</li>
 * </ul>
 *
 * <p>Functions take plain arrays, never a model. Values match scikit-learn's: 72 golden cases in
 * {@code src/test/resources/golden/} were computed by the scripts in {@code src/test/python/}. Where scikit-learn
 * sets an undefined ratio to 0 (precision with no predicted positive), so do we and the note says so; a metric
 * that is undefined (ROC-AUC with one class present, MAPE with a zero target) is {@code NaN} in Java and
 * {@code null} with a reason in the files. Invalid input (lengths that differ, NaN scores, probabilities outside
 * [0, 1] or not summing to 1, unknown labels, no rows) is an error that names the row.
 */
package io.modellab.evalharness.metrics;
