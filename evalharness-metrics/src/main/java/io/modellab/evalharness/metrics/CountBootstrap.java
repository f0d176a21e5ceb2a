package io.modellab.evalharness.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The bootstrap of a metric that depends only on confusion counts (accuracy, precision, recall, F1, specificity,
 * balanced accuracy at a fixed decision rule), without touching rows.
 *
 * <p>Resampling n rows with replacement puts a multinomial number of rows in each (actual, predicted) cell, with
 * the cells' shares as probabilities. So a replicate draws k² counts from that multinomial (exactly, with
 * {@link Binomial}) and costs O(k²), whatever the number of rows. The distribution is the row bootstrap's; the
 * random draws, and so the exact interval, differ from {@link Bootstrap#percentile}'s.
 *
 * <p>The BCa interval is cheap here too: leaving one row out takes one from its cell, so the jackknife has at most
 * k² distinct values, each counted as often as its cell has rows, and costs k² metric evaluations.
 */
public final class CountBootstrap {

    /** The method, as written into confidence_intervals.json. */
    public static final String METHOD = Bootstrap.METHOD + " (multinomial over confusion cells)";

    /** The method of the BCa interval, as written into confidence_intervals.json. */
    public static final String BCA_METHOD = Bootstrap.BCA_METHOD + " (multinomial over confusion cells)";

    private CountBootstrap() {
    }

    /**
     * A percentile interval of {@code metric} over multinomial resamples of unweighted counts, whatever
     * {@link Bootstrap.Options#interval()} says.
     *
     * @param counts the confusion counts of unweighted rows (each cell a whole number; see {@link #interval})
     * @param metric the metric of a set of counts (for example {@code ConfusionCounts::accuracy})
     */
    public static BootstrapInterval percentile(ConfusionCounts counts, Bootstrap.Options options,
                                               ToDoubleFunction<ConfusionCounts> metric) {
        return interval(counts, options.withInterval(Bootstrap.Interval.PERCENTILE), metric);
    }

    /**
     * An interval of {@code metric} over multinomial resamples of unweighted counts, read off as
     * {@link Bootstrap.Options#interval()} says: percentile ({@value #METHOD}) or BCa ({@value #BCA_METHOD}).
     *
     * @param counts the confusion counts of unweighted rows (each cell a whole number); weighted rows need the row
     *     bootstrap, and a cell that is not whole is refused (weights that happen to add up to whole numbers cannot
     *     be told apart from counts, so do not pass them)
     * @param metric the metric of a set of counts (for example {@code ConfusionCounts::accuracy})
     */
    public static BootstrapInterval interval(ConfusionCounts counts, Bootstrap.Options options,
                                             ToDoubleFunction<ConfusionCounts> metric) {
        int k = counts.classes();
        double total = counts.total();
        if (total < 1) {
            throw new IllegalArgumentException("need at least one row to resample, got counts of total " + total);
        }
        double[] shares = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                double c = counts.count(a, p);
                if (c != Math.rint(c)) {
                    throw new IllegalArgumentException("cell (" + a + ", " + p + ") holds " + c
                            + ", not a whole count: weighted rows need the row bootstrap");
                }
                shares[a * k + p] = c / total;
            }
        }
        long n = Math.round(total);
        double[] values = Bootstrap.replicates(options, b -> {
            SplittableRandom random = Randoms.replicateStream(options.seed(), b);
            long[] drawn = Binomial.multinomial(random, n, shares);
            ConfusionCounts replicate = new ConfusionCounts(k);
            for (int cell = 0; cell < drawn.length; cell++) {
                replicate.add(cell / k, cell % k, drawn[cell]);
            }
            return metric.applyAsDouble(replicate);
        });
        double point = metric.applyAsDouble(counts);
        if (options.interval() == Bootstrap.Interval.PERCENTILE) {
            return Bootstrap.summarize(point, values, options, METHOD);
        }
        if (n < 2) {
            return Bca.fallback(Bootstrap.summarize(point, values, options, METHOD), "one row has no jackknife");
        }
        return Bca.interval(point, values, jackknife(counts, metric), options, BCA_METHOD, METHOD);
    }

    /**
     * The jackknife of a count metric: for each non-empty cell, the metric with one row taken from that cell,
     * weighted by the cell's count (every row of the cell leaves the same counts behind).
     */
    static Bca.Jackknife jackknife(ConfusionCounts counts, ToDoubleFunction<ConfusionCounts> metric) {
        int k = counts.classes();
        double[] values = new double[k * k];
        double[] weights = new double[k * k];
        int distinct = 0;
        for (int cell = 0; cell < k * k; cell++) {
            double c = counts.count(cell / k, cell % k);
            if (c == 0) {
                continue;
            }
            ConfusionCounts without = new ConfusionCounts(k);
            for (int other = 0; other < k * k; other++) {
                without.add(other / k, other % k, counts.count(other / k, other % k) - (other == cell ? 1 : 0));
            }
            values[distinct] = metric.applyAsDouble(without);
            weights[distinct++] = c;
        }
        return new Bca.Jackknife(Arrays.copyOf(values, distinct), Arrays.copyOf(weights, distinct));
    }
}
