package io.modellab.evalharness.metrics;

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
 */
public final class CountBootstrap {

    /** The method, as written into confidence_intervals.json. */
    public static final String METHOD = Bootstrap.METHOD + " (multinomial over confusion cells)";

    private CountBootstrap() {
    }

    /**
     * A percentile interval of {@code metric} over multinomial resamples of unweighted counts.
     *
     * @param counts the confusion counts of unweighted rows (each cell a whole number); weighted rows need the row
     *     bootstrap, and a cell that is not whole is refused (weights that happen to add up to whole numbers cannot
     *     be told apart from counts, so do not pass them)
     * @param metric the metric of a set of counts (for example {@code ConfusionCounts::accuracy})
     */
    public static BootstrapInterval percentile(ConfusionCounts counts, Bootstrap.Options options,
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
        return Bootstrap.summarize(metric.applyAsDouble(counts), values, options, METHOD);
    }
}
