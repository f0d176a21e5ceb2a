package io.modellab.evalharness.metrics;

import io.modellab.evalharness.core.schema.MetricValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Regression metrics, optionally weighted, equal to scikit-learn's: {@code mae}, {@code mse}, {@code rmse},
 * {@code r2}, {@code median_absolute_error}, {@code mape}, {@code max_error}, {@code explained_variance}.
 *
 * <ul>
 *   <li>R² and explained variance of a constant target are 1 for a perfect prediction and 0 otherwise (as
 *       scikit-learn's {@code force_finite}); the note says so. R² of a single row is undefined, as in
 *       scikit-learn.</li>
 *   <li>MAPE is undefined (null, with the count of zero targets in the note) when any target is 0, instead of
 *       scikit-learn's division by machine epsilon.</li>
 *   <li>The weighted median is scikit-learn's: the smallest error whose cumulative weight reaches half the total.</li>
 *   <li>max_error is the largest absolute error over all rows; weights do not change a maximum.</li>
 * </ul>
 */
public final class RegressionMetrics {

    private RegressionMetrics() {
    }

    /**
     * Computes every metric.
     *
     * @param actual the targets
     * @param predicted the predictions, same length
     * @param weights row weights, or {@code null}
     * @throws IllegalArgumentException for no rows, lengths that differ, or a value that is not finite (naming the row)
     */
    public static List<MetricValue> compute(double[] actual, double[] predicted, double[] weights) {
        int n = actual.length;
        if (n == 0) {
            throw new IllegalArgumentException("empty input: no rows to score");
        }
        Inputs.requireSameLength(n, predicted.length);
        if (weights != null) {
            Inputs.requireSameLength(n, weights.length);
        }
        double total = 0;
        double meanY = 0;
        double meanError = 0;
        int zeroTargets = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(actual[i]) || !Double.isFinite(predicted[i])) {
                throw new IllegalArgumentException("row " + i + ": actual " + actual[i] + ", predicted " + predicted[i]
                        + "; expected finite numbers");
            }
            double w = weight(weights, i);
            if (!(w >= 0 && Double.isFinite(w))) {
                throw new IllegalArgumentException("row " + i + ": weight " + w + ", expected a finite number >= 0");
            }
            total += w;
            meanY += w * actual[i];
            meanError += w * (actual[i] - predicted[i]);
            zeroTargets += actual[i] == 0 ? 1 : 0;
        }
        if (total == 0) {
            throw new IllegalArgumentException("every weight is 0: no row to score");
        }
        meanY /= total;
        meanError /= total;

        double absolute = 0;
        double squared = 0;
        double percentage = 0;
        double totalSquares = 0;
        double errorVariance = 0;
        double max = 0;
        double[] absErrors = new double[n];
        for (int i = 0; i < n; i++) {
            double w = weight(weights, i);
            double error = actual[i] - predicted[i];
            absErrors[i] = Math.abs(error);
            absolute += w * absErrors[i];
            squared += w * error * error;
            if (actual[i] != 0) {
                percentage += w * absErrors[i] / Math.abs(actual[i]);
            }
            totalSquares += w * (actual[i] - meanY) * (actual[i] - meanY);
            errorVariance += w * (error - meanError) * (error - meanError);
            max = Math.max(max, absErrors[i]);
        }
        return of(n, absolute / total, squared / total, squared, totalSquares, errorVariance,
                weightedMedian(absErrors, weights), zeroTargets, percentage / total, max);
    }

    /**
     * The list {@link #compute} returns, from its parts computed elsewhere (a distributed engine's exact sums), so
     * both name, order and annotate the metrics alike.
     *
     * @param rows the rows (R² is undefined below two)
     * @param mae the mean absolute error
     * @param mse the mean squared error (RMSE is its square root)
     * @param residualSquares the sum of squared errors
     * @param totalSquares the sum of squared deviations of the target from its mean (0: a constant target)
     * @param errorVariance the sum of squared deviations of the error from its mean
     * @param medianAbsoluteError the median absolute error
     * @param zeroTargets rows whose target is 0 (MAPE is then undefined)
     * @param mape the mean of |error| / |target|, read only when no target is 0
     * @param maxError the largest absolute error
     */
    public static List<MetricValue> of(long rows, double mae, double mse, double residualSquares, double totalSquares,
                                       double errorVariance, double medianAbsoluteError, long zeroTargets, double mape,
                                       double maxError) {
        List<MetricValue> out = new ArrayList<>();
        out.add(MetricValue.of("mae", mae));
        out.add(MetricValue.of("mse", mse));
        out.add(MetricValue.of("rmse", Math.sqrt(mse)));
        out.add(rows < 2 ? new MetricValue("r2", null, null, "undefined: fewer than two rows")
                : ratioOfVariances("r2", residualSquares, totalSquares));
        out.add(MetricValue.of("median_absolute_error", medianAbsoluteError));
        out.add(zeroTargets > 0
                ? new MetricValue("mape", null, null, "undefined: " + zeroTargets + (zeroTargets == 1 ? " target is" : " targets are") + " 0")
                : MetricValue.of("mape", mape));
        out.add(MetricValue.of("max_error", maxError));
        out.add(ratioOfVariances("explained_variance", errorVariance, totalSquares));
        return out;
    }

    /** 1 - residual / total, with scikit-learn's finite answer for a constant target. */
    private static MetricValue ratioOfVariances(String name, double residual, double total) {
        if (total == 0) {
            return new MetricValue(name, residual == 0 ? 1.0 : 0.0, null,
                    "constant target: 1 for a perfect prediction, 0 otherwise, as scikit-learn does");
        }
        return MetricValue.of(name, 1 - residual / total);
    }

    /** The median (unweighted: the mean of the two middle values), or scikit-learn's weighted percentile 50. */
    static double weightedMedian(double[] values, double[] weights) {
        int n = values.length;
        if (weights == null) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
        int[] order = ScoreOrder.descending(values);
        double cumulative = 0;
        double[] cdf = new double[n];
        for (int i = 0; i < n; i++) {
            cumulative += weights[order[n - 1 - i]];
            cdf[i] = cumulative;
        }
        double half = 0.5 * cumulative;
        for (int i = 0; i < n; i++) {
            if (cdf[i] >= half) {
                return values[order[n - 1 - i]];
            }
        }
        return values[order[0]];
    }

    private static double weight(double[] weights, int i) {
        return weights == null ? 1.0 : weights[i];
    }
}
