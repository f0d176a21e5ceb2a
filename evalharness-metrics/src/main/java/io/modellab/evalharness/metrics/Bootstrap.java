package io.modellab.evalharness.metrics;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Percentile bootstrap confidence intervals: resample rows with replacement, recompute the metric on each
 * resample, and read the interval off the percentiles of the recomputed values.
 *
 * <p>Resamples are drawn from a {@link SplittableRandom} seeded with the given seed. Its algorithm has not changed
 * since JDK 8, so the same seed gives the same interval on JDK 17 and 25 alike; {@code BootstrapTest} pins the
 * values so that a change would be noticed. A resample on which the metric is
 * undefined ({@code NaN}, such as ROC-AUC on one class) is skipped and counted in
 * {@link BootstrapInterval#resamplesUsed()}.
 */
public final class Bootstrap {

    /** The interval's method, as written into confidence_intervals.json. */
    public static final String METHOD = "percentile_bootstrap";

    private Bootstrap() {
    }

    /**
     * Computes a percentile bootstrap interval.
     *
     * @param rows number of rows
     * @param resamples number of resamples, at least 1
     * @param seed the seed
     * @param confidenceLevel e.g. 0.95 for the 2.5th and 97.5th percentiles
     * @param metric computes the metric on a resample given as row positions (with repeats); it must not keep the array
     */
    public static BootstrapInterval percentile(int rows, int resamples, long seed, double confidenceLevel,
                                               ToDoubleFunction<int[]> metric) {
        if (rows < 1 || resamples < 1) {
            throw new IllegalArgumentException("need at least one row and one resample, got " + rows + " and " + resamples);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + confidenceLevel);
        }
        double point = metric.applyAsDouble(IntStream.range(0, rows).toArray());

        SplittableRandom random = new SplittableRandom(seed);
        int[] sample = new int[rows];
        double[] values = new double[resamples];
        int used = 0;
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < rows; i++) {
                sample[i] = random.nextInt(rows);
            }
            double value = metric.applyAsDouble(sample);
            if (!Double.isNaN(value)) {
                values[used++] = value;
            }
        }
        if (used == 0) {
            return new BootstrapInterval(point, Double.NaN, Double.NaN, Double.NaN, resamples, 0, seed, confidenceLevel);
        }
        double sum = 0;
        for (int i = 0; i < used; i++) {
            sum += values[i];
        }
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(values, 0, used);
        double tail = (1 - confidenceLevel) / 2 * 100;
        return new BootstrapInterval(point, sum / used, percentile.evaluate(tail), percentile.evaluate(100 - tail),
                resamples, used, seed, confidenceLevel);
    }
}
