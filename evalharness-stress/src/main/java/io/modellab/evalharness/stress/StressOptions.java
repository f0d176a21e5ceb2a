package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.RegressionRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How a stress sweep runs.
 *
 * @param severities the severities of every corruption, each in [0, 1]; kept sorted and distinct, with 0 (the clean
 *     rows) added when absent
 * @param metrics the metrics of the degradation table, names of {@link BinaryPredictions#METRIC_NAMES} or of
 *     {@link RegressionRows#METRIC_NAMES} (the sweep's task must know them); the first also measures permutation
 *     importance and picks the most damaging corruption
 * @param resamples bootstrap resamples of each difference's interval
 * @param confidenceLevel the intervals' level
 * @param seed the seed of every corruption (mixed with its name) and of the bootstrap
 * @param threads threads the intervals are spread over; the result does not depend on it, and the predictor is only
 *     ever called from one thread at a time
 * @param progress hears how many table rows are done
 */
public record StressOptions(List<Double> severities, List<String> metrics, int resamples, double confidenceLevel,
                            long seed, int threads, ProgressListener progress) {

    /** 0, 10, 20 and 40 %: enough to see a trend, cheap enough to run on every evaluation. */
    public static final List<Double> DEFAULT_SEVERITIES = List.of(0.0, 0.1, 0.2, 0.4);

    /** The binary headline metrics: ROC-AUC, accuracy, F1. */
    public static final List<String> DEFAULT_METRICS = List.of(BinaryPredictions.ROC_AUC, BinaryPredictions.ACCURACY,
            BinaryPredictions.F1);

    /** A regression's headline metrics: RMSE, MAE, R². */
    public static final List<String> REGRESSION_METRICS = List.of(RegressionRows.RMSE, RegressionRows.MAE,
            RegressionRows.R2);

    /** Checks the values and normalises the severities. */
    public StressOptions {
        TreeSet<Double> sorted = new TreeSet<>();
        sorted.add(0.0);
        for (double s : severities) {
            sorted.add(Severity.require(s) + 0.0);
        }
        severities = List.copyOf(new ArrayList<>(sorted));
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("a stress sweep needs at least one metric");
        }
        for (String metric : metrics) {
            if (!BinaryPredictions.METRIC_NAMES.contains(metric) && !RegressionRows.METRIC_NAMES.contains(metric)) {
                throw new IllegalArgumentException("Metric value not found: " + metric + "; known are "
                        + BinaryPredictions.METRIC_NAMES + " and " + RegressionRows.METRIC_NAMES);
            }
        }
        if (resamples < 1 || threads < 1) {
            throw new IllegalArgumentException("need at least one resample and one thread, got " + resamples + " and "
                    + threads);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + confidenceLevel);
        }
        Objects.requireNonNull(progress, "progress");
    }

    /** The default sweep and metrics, 1000 resamples, 95 % intervals, one thread, no progress reports. */
    public static StressOptions of(long seed) {
        return new StressOptions(DEFAULT_SEVERITIES, DEFAULT_METRICS, 1000, 0.95, seed, 1, ProgressListener.NONE);
    }

    /** These options with other severities. */
    public StressOptions withSeverities(List<Double> values) {
        return new StressOptions(values, metrics, resamples, confidenceLevel, seed, threads, progress);
    }

    /** These options on {@code count} threads. */
    public StressOptions withThreads(int count) {
        return new StressOptions(severities, metrics, resamples, confidenceLevel, seed, count, progress);
    }

    /** These options with another listener. */
    public StressOptions withProgress(ProgressListener listener) {
        return new StressOptions(severities, metrics, resamples, confidenceLevel, seed, threads, listener);
    }

    /** The metric that ranks columns and corruptions. */
    public String rankingMetric() {
        return metrics.get(0);
    }
}
