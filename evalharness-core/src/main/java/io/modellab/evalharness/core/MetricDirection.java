package io.modellab.evalharness.core;

import java.util.Set;

/**
 * Which way a metric gets better. Compare mode reads it to call a change better or worse, and assertions read it to
 * say whether a run improved, so both must agree: this is the one list.
 */
public enum MetricDirection {

    /** A larger value is better: accuracy, ROC-AUC, F1, recall... */
    HIGHER_IS_BETTER,
    /** A smaller value is better: losses, calibration errors and regression errors. */
    LOWER_IS_BETTER;

    /** The metrics of the suites where a smaller value is the better one; every other metric is better larger. */
    public static final Set<String> LOWER_IS_BETTER_METRICS = Set.of("log_loss", "brier", "ece", "mae", "mse", "rmse",
            "median_absolute_error", "mape", "max_error");

    /** The direction of the metric named {@code metric}. */
    public static MetricDirection of(String metric) {
        return LOWER_IS_BETTER_METRICS.contains(metric) ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
    }

    /** Whether moving by {@code delta} makes the metric better; 0 is no improvement. */
    public boolean improvesBy(double delta) {
        return this == HIGHER_IS_BETTER ? delta > 0 : delta < 0;
    }

    /** How much worse moving by {@code delta} makes the metric: positive when it got worse, else 0 or negative. */
    public double worseningBy(double delta) {
        return this == HIGHER_IS_BETTER ? -delta : delta;
    }

    /** "higher is better" or "lower is better", for messages. */
    @Override
    public String toString() {
        return this == HIGHER_IS_BETTER ? "higher is better" : "lower is better";
    }
}
