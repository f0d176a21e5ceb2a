package io.modellab.evalharness.metrics;

import java.util.function.ToDoubleFunction;

/**
 * The Poisson bootstrap for engines that visit rows in any order and on any machine: in replicate {@code b} a row
 * counts {@code weight(seed, b, rowKey)} times, a Poisson(1) count that depends on the seed, the replicate and the
 * row's key alone. Each replicate's metric is then computed from weighted counts that merge exactly, so the
 * replicates, and the interval, do not depend on how rows were partitioned.
 *
 * <p>How it differs from the multinomial bootstrap of {@link Bootstrap#percentile}: there a replicate draws exactly
 * n rows with replacement, so the counts are multinomial(n, 1/n each) and sum to n; here they are independent
 * Poisson(1), so a replicate has about n rows (n ± sqrt(n)). Both have each row's count of mean 1 and variance
 * close to 1 (1 - 1/n against 1), so their intervals agree as n grows; on a few hundred rows prefer the multinomial
 * bootstrap. The counts are the same as {@link RankBootstrap}'s when the row key is the row's position, so the
 * single-machine ROC-AUC interval of {@link RankBootstrap#rocAuc} and a distributed one over ids 0..n-1 are equal.
 * Each probability is exact to 2^-16 and counts stop at {@value Randoms#MAX_POISSON_ONE} (see {@code Randoms}).
 */
public final class PoissonBootstrap {

    /** The method, as written into confidence_intervals.json. */
    public static final String METHOD = RankBootstrap.METHOD;

    /** The method of a BCa interval read off Poisson replicates, as written into confidence_intervals.json. */
    public static final String BCA_METHOD = RankBootstrap.BCA_METHOD;

    /** The largest count a row gets in one replicate. */
    public static final int MAX_WEIGHT = Randoms.MAX_POISSON_ONE;

    private final int replicates;
    private final long[] groupKeys;

    /**
     * Draws for {@code replicates} replicates seeded with {@code seed}.
     *
     * @throws IllegalArgumentException for fewer than one replicate
     */
    public PoissonBootstrap(long seed, int replicates) {
        if (replicates < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + replicates);
        }
        this.replicates = replicates;
        this.groupKeys = new long[(replicates + Randoms.REPLICATES_PER_HASH - 1) / Randoms.REPLICATES_PER_HASH];
        for (int g = 0; g < groupKeys.length; g++) {
            groupKeys[g] = Randoms.groupKey(seed, g * Randoms.REPLICATES_PER_HASH);
        }
    }

    /** The number of replicates. */
    public int replicates() {
        return replicates;
    }

    /** Fills {@code out[b]} with the row's count in replicate {@code b}, for every replicate: one hash per four. */
    public void weights(long rowKey, int[] out) {
        for (int g = 0; g < groupKeys.length; g++) {
            long bits = Randoms.rowBits(groupKeys[g], rowKey);
            int from = g * Randoms.REPLICATES_PER_HASH;
            int to = Math.min(from + Randoms.REPLICATES_PER_HASH, replicates);
            for (int b = from; b < to; b++) {
                out[b] = Randoms.poissonOne(bits, b);
            }
        }
    }

    /** The row's count in one replicate. */
    public static int weight(long seed, int replicate, long rowKey) {
        return Randoms.poissonOne(Randoms.rowBits(Randoms.groupKey(seed, replicate), rowKey), replicate);
    }

    /**
     * The percentile interval ({@value #METHOD}) of replicate values computed elsewhere; NaN replicates (a metric
     * undefined on that replicate) are skipped and counted out of {@link BootstrapInterval#resamplesUsed()}.
     */
    public static BootstrapInterval percentile(double point, double[] replicateValues, Bootstrap.Options options) {
        if (replicateValues.length != options.resamples()) {
            throw new IllegalArgumentException(replicateValues.length + " replicate values for " + options.resamples()
                    + " resamples");
        }
        return Bootstrap.summarize(point, replicateValues, options, METHOD);
    }

    /**
     * ROC-AUC's interval from Poisson replicates, read off as {@link Bootstrap.Options#interval()} says: percentile
     * ({@value #METHOD}) or BCa ({@value #BCA_METHOD}) with the exact jackknife of the rows, computed from their
     * histogram of distinct scores (every positive of a tie group leaves the same ROC-AUC behind, and so does every
     * negative): no row is visited, and the jackknife values are the bits the row jackknife gives.
     *
     * @param all the exact histogram of every row
     */
    public static BootstrapInterval rocAuc(double point, double[] replicateValues, ScoreHistogram all,
                                           Bootstrap.Options options) {
        requireReplicates(replicateValues, options);
        if (options.interval() == Bootstrap.Interval.PERCENTILE) {
            return Bootstrap.summarize(point, replicateValues, options, METHOD);
        }
        return Bca.interval(point, replicateValues, RocAucJackknife.ofHistogram(all.descending()), options, BCA_METHOD,
                METHOD);
    }

    /**
     * A confusion-count metric's interval from Poisson replicates, read off as {@link Bootstrap.Options#interval()}
     * says: percentile ({@value #METHOD}) or BCa ({@value #BCA_METHOD}) with the exact jackknife of the counts (one
     * row taken from each cell in turn, as {@link CountBootstrap} does).
     *
     * @param counts the confusion counts of every row (whole numbers)
     */
    public static BootstrapInterval counts(double point, double[] replicateValues, ConfusionCounts counts,
                                           ToDoubleFunction<ConfusionCounts> metric, Bootstrap.Options options) {
        requireReplicates(replicateValues, options);
        if (options.interval() == Bootstrap.Interval.PERCENTILE) {
            return Bootstrap.summarize(point, replicateValues, options, METHOD);
        }
        if (counts.total() < 2) {
            return Bca.fallback(Bootstrap.summarize(point, replicateValues, options, METHOD), "one row has no jackknife");
        }
        return Bca.interval(point, replicateValues, CountBootstrap.jackknife(counts, metric), options, BCA_METHOD,
                METHOD);
    }

    /**
     * Any metric's interval from Poisson replicates, read off as {@link Bootstrap#interval} reads off the row
     * bootstrap: percentile ({@value #METHOD}), or BCa ({@value #BCA_METHOD}) with the row jackknife up to
     * {@link Bootstrap#BCA_MAX_ROWS} rows, falling back to percentile above it (and for one row) with the same reason
     * in the method.
     *
     * @param rows the rows the metric was computed on
     * @param jackknifeValues the distinct leave-one-out values of the metric (each the metric on every row but one),
     *     or {@code null} above {@link Bootstrap#BCA_MAX_ROWS} rows or for a percentile interval
     * @param jackknifeRows how many rows leave each value behind, positive, summing to {@code rows}
     */
    public static BootstrapInterval rows(double point, double[] replicateValues, long rows, double[] jackknifeValues,
                                         long[] jackknifeRows, Bootstrap.Options options) {
        requireReplicates(replicateValues, options);
        BootstrapInterval percentile = Bootstrap.summarize(point, replicateValues, options, METHOD);
        if (options.interval() == Bootstrap.Interval.PERCENTILE) {
            return percentile;
        }
        if (rows > Bootstrap.BCA_MAX_ROWS) {
            return Bca.fallback(percentile, rows + " rows exceed the row jackknife's limit of "
                    + Bootstrap.BCA_MAX_ROWS);
        }
        if (rows < 2) {
            return Bca.fallback(percentile, "one row has no jackknife");
        }
        if (jackknifeValues == null || jackknifeRows == null) {
            throw new IllegalArgumentException("a BCa interval of " + rows + " rows needs their jackknife values");
        }
        double[] weights = new double[jackknifeRows.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = jackknifeRows[i];
        }
        return Bca.interval(point, replicateValues, new Bca.Jackknife(jackknifeValues.clone(), weights), options,
                BCA_METHOD, METHOD);
    }

    /**
     * The interval of a mean over queries from Poisson replicates (replicate b's value is the mean of the defined
     * values weighted by their Poisson counts), read off as {@link Bootstrap.Options#interval()} says: percentile
     * ({@value #METHOD}) or BCa ({@value #BCA_METHOD}) with the exact jackknife acceleration of the mean
     * ({@link QueryMeans#acceleration}), so at any number of queries (the single machine's row jackknife stops at
     * {@link Bootstrap#BCA_MAX_ROWS}).
     *
     * @param means the queries' means, kept with moments
     * @param metric the metric's position in {@code means}
     */
    public static BootstrapInterval mean(double point, double[] replicateValues, QueryMeans means, int metric,
                                         Bootstrap.Options options) {
        requireReplicates(replicateValues, options);
        if (options.interval() == Bootstrap.Interval.PERCENTILE) {
            return Bootstrap.summarize(point, replicateValues, options, METHOD);
        }
        return Bca.interval(point, replicateValues, means.acceleration(metric), means.accelerationUndefined(metric),
                options, BCA_METHOD, METHOD);
    }

    private static void requireReplicates(double[] replicateValues, Bootstrap.Options options) {
        if (replicateValues.length != options.resamples()) {
            throw new IllegalArgumentException(replicateValues.length + " replicate values for " + options.resamples()
                    + " resamples");
        }
    }
}
