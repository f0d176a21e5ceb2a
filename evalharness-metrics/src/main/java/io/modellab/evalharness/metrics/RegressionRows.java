package io.modellab.evalharness.metrics;

import io.modellab.evalharness.core.schema.MetricValue;
import java.util.List;

/**
 * A regressor's predictions on rows with known targets, and the metrics of {@link RegressionMetrics} computed from
 * them on all rows or on a subset (a slice, a bootstrap resample with repeats): the regression counterpart of
 * {@link BinaryPredictions}. Row positions are those of the arrays given here.
 *
 * <p>{@link #metric} computes MAE, MSE, RMSE and R² in one pass over the rows, summing in the order
 * {@link RegressionMetrics#compute} does, so it gives the same bits; the other metrics go through
 * {@link RegressionMetrics#compute}.
 */
public final class RegressionRows {

    /** Mean absolute error. */
    public static final String MAE = "mae";
    /** Mean squared error. */
    public static final String MSE = "mse";
    /** Root mean squared error. */
    public static final String RMSE = "rmse";
    /** Coefficient of determination. */
    public static final String R2 = "r2";

    /** The metrics {@link #metrics(int[])} reports, in order. */
    public static final List<String> METRIC_NAMES = List.of(MAE, MSE, RMSE, R2, "median_absolute_error", "mape",
            "max_error", "explained_variance");

    private final double[] actual;
    private final double[] predicted;

    /**
     * @param actual each row's target
     * @param predicted each row's prediction, same length
     * @throws IllegalArgumentException for lengths that differ or a value that is not finite (naming the row)
     */
    public RegressionRows(double[] actual, double[] predicted) {
        Inputs.requireSameLength(actual.length, predicted.length);
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(actual[i]) || !Double.isFinite(predicted[i])) {
                throw new IllegalArgumentException("row " + i + ": actual " + actual[i] + ", predicted " + predicted[i]
                        + "; expected finite numbers");
            }
        }
        this.actual = actual.clone();
        this.predicted = predicted.clone();
    }

    /** Number of rows. */
    public int size() {
        return actual.length;
    }

    /** Row {@code row}'s target. */
    public double actual(int row) {
        return actual[row];
    }

    /** Row {@code row}'s prediction. */
    public double predicted(int row) {
        return predicted[row];
    }

    /** Prediction minus target of row {@code row}: positive for an over-prediction. */
    public double error(int row) {
        return predicted[row] - actual[row];
    }

    /** A copy of the targets. */
    public double[] actual() {
        return actual.clone();
    }

    /** A copy of the predictions. */
    public double[] predicted() {
        return predicted.clone();
    }

    /** Positions 0 to size - 1. */
    public int[] allRows() {
        int[] rows = new int[actual.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /** Every metric of {@link RegressionMetrics} on {@code rows} (positions, repeats allowed, not empty). */
    public List<MetricValue> metrics(int[] rows) {
        double[] a = new double[rows.length];
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            a[i] = actual[rows[i]];
            p[i] = predicted[rows[i]];
        }
        return RegressionMetrics.compute(a, p, null);
    }

    /**
     * One metric on {@code rows}, NaN where it is undefined (R² of fewer than two rows, MAPE with a zero target, no
     * rows).
     *
     * @throws IllegalArgumentException for a name not in {@link #METRIC_NAMES}
     */
    public double metric(String name, int[] rows) {
        if (!METRIC_NAMES.contains(name)) {
            throw new IllegalArgumentException("Metric value not found: " + name + "; known are " + METRIC_NAMES);
        }
        int n = rows.length;
        if (n == 0) {
            return Double.NaN;
        }
        if (!(MAE.equals(name) || MSE.equals(name) || RMSE.equals(name) || R2.equals(name))) {
            Double v = MetricValue.valueOf(metrics(rows), name);
            return v == null ? Double.NaN : v;
        }
        double total = 0;
        double meanY = 0;
        for (int r : rows) {
            total += 1.0;
            meanY += 1.0 * actual[r];
        }
        meanY /= total;
        double absolute = 0;
        double squared = 0;
        double totalSquares = 0;
        for (int r : rows) {
            double error = actual[r] - predicted[r];
            absolute += 1.0 * Math.abs(error);
            squared += 1.0 * error * error;
            totalSquares += 1.0 * (actual[r] - meanY) * (actual[r] - meanY);
        }
        return switch (name) {
            case MAE -> absolute / total;
            case MSE -> squared / total;
            case RMSE -> Math.sqrt(squared / total);
            default -> n < 2 ? Double.NaN : totalSquares == 0 ? (squared == 0 ? 1.0 : 0.0) : 1 - squared / totalSquares;
        };
    }

    @Override
    public String toString() {
        return "RegressionRows[" + actual.length + " rows]";
    }
}
