package io.modellab.evalharness.metrics;

import io.modellab.evalharness.core.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Bootstrap confidence intervals: resample rows with replacement, recompute the metric on each resample, and read
 * the interval off the percentiles of the recomputed values (linear interpolation, as numpy's default percentile):
 * the plain percentile interval, or the BCa interval where it is cheap (see {@link Interval}).
 *
 * <p>Replicate {@code b} draws from its own stream, derived from the seed and {@code b} alone, so the result is
 * identical whatever the number of threads. A replicate on which the metric is undefined ({@code NaN}, such as
 * ROC-AUC on one class) is skipped and counted in {@link BootstrapInterval#resamplesUsed()}.
 *
 * <p>Besides resampling any metric ({@link #interval}, {@link #percentile}), there are a stratified variant that
 * keeps each stratum's size, a paired bootstrap of the difference of two metrics on the same resamples
 * ({@link #pairedDifference}), and fast paths elsewhere: {@link CountBootstrap} for confusion-count metrics and
 * {@link RankBootstrap} for ROC-AUC and average precision.
 */
public final class Bootstrap {

    /** The method of a row-resampling bootstrap, as written into confidence_intervals.json. */
    public static final String METHOD = "percentile_bootstrap";

    /** The method of a row-resampling bootstrap read off as a BCa interval. */
    public static final String BCA_METHOD = "bca_bootstrap";

    /**
     * The most rows for which the row bootstrap computes a BCa interval: its jackknife evaluates the metric once per
     * row with that row left out, n evaluations of n - 1 rows each. Above it the percentile interval is returned and
     * its method says so. {@link CountBootstrap} and {@link RankBootstrap} have cheap jackknifes and no limit.
     */
    public static final int BCA_MAX_ROWS = 5_000;

    private Bootstrap() {
    }

    /** How the interval is read off the replicates. */
    public enum Interval {
        /** The replicates' percentiles at (1 - level) / 2 and (1 + level) / 2. */
        PERCENTILE,
        /**
         * Bias-corrected and accelerated (Efron 1987): percentiles moved by the replicates' bias relative to the
         * point estimate (z0) and the jackknife's skewness (acceleration a); second-order accurate where the
         * percentile interval is first-order. Computed where the jackknife is cheap (confusion-count metrics,
         * ROC-AUC, and the row bootstrap up to {@link #BCA_MAX_ROWS} rows); elsewhere, and where BCa is undefined,
         * the percentile interval with a method that says why.
         */
        BCA
    }

    /**
     * How a bootstrap runs.
     *
     * @param resamples number of replicates, at least 1
     * @param seed the seed every replicate's stream derives from
     * @param confidenceLevel e.g. 0.95 for the 2.5th and 97.5th percentiles
     * @param threads threads to spread replicates over (the result does not depend on it)
     * @param progress hears how many replicates are done
     * @param interval how the interval is read off the replicates (the replicates do not depend on it)
     */
    public record Options(int resamples, long seed, double confidenceLevel, int threads, ProgressListener progress,
                          Interval interval) {

        /** Checks the values. */
        public Options {
            if (resamples < 1 || threads < 1) {
                throw new IllegalArgumentException("need at least one resample and one thread, got " + resamples
                        + " and " + threads);
            }
            if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
                throw new IllegalArgumentException("confidence level must be in (0, 1), got " + confidenceLevel);
            }
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(interval, "interval");
        }

        /** Percentile intervals. */
        public Options(int resamples, long seed, double confidenceLevel, int threads, ProgressListener progress) {
            this(resamples, seed, confidenceLevel, threads, progress, Interval.PERCENTILE);
        }

        /** One thread, no progress reports, percentile intervals. */
        public static Options of(int resamples, long seed, double confidenceLevel) {
            return new Options(resamples, seed, confidenceLevel, 1, ProgressListener.NONE);
        }

        /** These options on {@code count} threads. */
        public Options withThreads(int count) {
            return new Options(resamples, seed, confidenceLevel, count, progress, interval);
        }

        /** These options with intervals read off as {@code kind}. */
        public Options withInterval(Interval kind) {
            return new Options(resamples, seed, confidenceLevel, threads, progress, kind);
        }
    }

    /**
     * An interval of any metric, resampling rows with replacement, read off as {@link Options#interval()} says: the
     * percentile interval ({@value #METHOD}) or BCa ({@value #BCA_METHOD}) with a jackknife of n metric evaluations,
     * up to {@link #BCA_MAX_ROWS} rows.
     *
     * @param rows number of rows
     * @param metric the metric on a resample given as row positions (with repeats); called from several threads
     *     when {@code threads > 1}, so it must not keep state; it must not keep the array
     */
    public static BootstrapInterval interval(int rows, Options options, ToDoubleFunction<int[]> metric) {
        requireRows(rows);
        double point = metric.applyAsDouble(IntStream.range(0, rows).toArray());
        double[] values = replicates(options, b -> metric.applyAsDouble(resample(rows, options.seed(), b)));
        return readOff(rows, point, values, options, metric, METHOD, BCA_METHOD);
    }

    /**
     * A percentile bootstrap interval of any metric, resampling rows with replacement: {@link #interval} with
     * percentile intervals, whatever {@link Options#interval()} says.
     *
     * @param rows number of rows
     * @param metric the metric on a resample given as row positions (with repeats); called from several threads
     *     when {@code threads > 1}, so it must not keep state; it must not keep the array
     */
    public static BootstrapInterval percentile(int rows, Options options, ToDoubleFunction<int[]> metric) {
        return interval(rows, options.withInterval(Interval.PERCENTILE), metric);
    }

    /** The same as {@link #percentile(int, Options, ToDoubleFunction)} with one thread. */
    public static BootstrapInterval percentile(int rows, int resamples, long seed, double confidenceLevel,
                                               ToDoubleFunction<int[]> metric) {
        return percentile(rows, Options.of(resamples, seed, confidenceLevel), metric);
    }

    /**
     * A stratified bootstrap: each stratum (for example each class) is resampled within itself, keeping its size,
     * so that every replicate has the class balance of the data. Always a percentile interval: a BCa request falls
     * back to it, and its method says so.
     *
     * @param strata each row's stratum, any integers
     */
    public static BootstrapInterval stratified(int[] strata, Options options, ToDoubleFunction<int[]> metric) {
        requireRows(strata.length);
        int[][] members = groups(strata);
        double point = metric.applyAsDouble(IntStream.range(0, strata.length).toArray());
        double[] values = replicates(options, b -> {
            SplittableRandom random = Randoms.replicateStream(options.seed(), b);
            int[] sample = new int[strata.length];
            int i = 0;
            for (int[] group : members) {
                for (int j = 0; j < group.length; j++) {
                    sample[i++] = group[random.nextInt(group.length)];
                }
            }
            return metric.applyAsDouble(sample);
        });
        BootstrapInterval percentile = summarize(point, values, options, METHOD + " (stratified)");
        return options.interval() == Interval.BCA
                ? Bca.fallback(percentile, "no stratified jackknife") : percentile;
    }

    /**
     * The paired bootstrap of a difference: {@code a - b} where both metrics are computed on the same resamples of
     * the same rows (two models scored on one test set). The interval of the difference is narrower than the two
     * intervals suggest when the models' errors are correlated. Read off as {@link Options#interval()} says, BCa
     * with the jackknife of the difference up to {@link #BCA_MAX_ROWS} rows.
     */
    public static BootstrapInterval pairedDifference(int rows, Options options, ToDoubleFunction<int[]> a,
                                                     ToDoubleFunction<int[]> b) {
        requireRows(rows);
        int[] all = IntStream.range(0, rows).toArray();
        double point = a.applyAsDouble(all) - b.applyAsDouble(all);
        double[] values = replicates(options, r -> {
            int[] sample = resample(rows, options.seed(), r);
            return a.applyAsDouble(sample) - b.applyAsDouble(sample);
        });
        return readOff(rows, point, values, options, r -> a.applyAsDouble(r) - b.applyAsDouble(r),
                METHOD + " (paired difference)", BCA_METHOD + " (paired difference)");
    }

    /** The percentile or BCa interval of a row bootstrap, as the options say. */
    private static BootstrapInterval readOff(int rows, double point, double[] values, Options options,
                                             ToDoubleFunction<int[]> metric, String percentileMethod,
                                             String bcaMethod) {
        BootstrapInterval percentile = summarize(point, values, options, percentileMethod);
        if (options.interval() == Interval.PERCENTILE) {
            return percentile;
        }
        if (rows > BCA_MAX_ROWS) {
            return Bca.fallback(percentile, rows + " rows exceed the row jackknife's limit of " + BCA_MAX_ROWS);
        }
        if (rows < 2) {
            return Bca.fallback(percentile, "one row has no jackknife");
        }
        return Bca.interval(point, values, Bca.Jackknife.of(jackknife(rows, options, metric)), options, bcaMethod,
                percentileMethod);
    }

    /**
     * The metric with each row left out in turn: value {@code i} is the metric on every row but {@code i}. Spread
     * over the options' threads, without progress reports (it is at most {@link #BCA_MAX_ROWS} evaluations).
     */
    static double[] jackknife(int rows, Options options, ToDoubleFunction<int[]> metric) {
        Options leaveOneOut = new Options(rows, options.seed(), options.confidenceLevel(), options.threads(),
                ProgressListener.NONE);
        return replicates(leaveOneOut, i -> {
            int[] without = new int[rows - 1];
            for (int j = 0; j < rows - 1; j++) {
                without[j] = j < i ? j : j + 1;
            }
            return metric.applyAsDouble(without);
        });
    }

    /** The row positions of replicate {@code b}: {@code rows} uniform draws with replacement. */
    static int[] resample(int rows, long seed, int b) {
        SplittableRandom random = Randoms.replicateStream(seed, b);
        int[] sample = new int[rows];
        for (int i = 0; i < rows; i++) {
            sample[i] = random.nextInt(rows);
        }
        return sample;
    }

    /** Computes a block of consecutive replicates at once. */
    @FunctionalInterface
    interface BlockOfReplicates {
        /** Writes replicates {@code from}..{@code to - 1} to {@code out[0..to - from - 1]}. */
        void compute(int from, int to, double[] out);
    }

    /**
     * Like {@link #replicates} for a computation that is cheaper a block at a time; every replicate's value is the
     * same whatever the blocks, so the result still does not depend on the threads.
     */
    static double[] replicateBlocks(Options options, int blockSize, BlockOfReplicates block) {
        int blocks = (options.resamples() + blockSize - 1) / blockSize;
        double[] values = new double[options.resamples()];
        Options perBlock = new Options(blocks, options.seed(), options.confidenceLevel(), options.threads(),
                (stage, done, total) -> options.progress().progress(stage,
                        Math.min(done * blockSize, options.resamples()), options.resamples()));
        replicates(perBlock, k -> {
            int from = k * blockSize;
            int to = Math.min(from + blockSize, options.resamples());
            double[] out = new double[to - from];
            block.compute(from, to, out);
            System.arraycopy(out, 0, values, from, out.length);
            return 0;
        });
        return values;
    }

    /** Computes every replicate's value, spread over the options' threads; value {@code b} is replicate b's. */
    static double[] replicates(Options options, IntToDoubleFunction replicate) {
        int resamples = options.resamples();
        double[] values = new double[resamples];
        int threads = Math.min(options.threads(), resamples);
        if (threads == 1) {
            for (int b = 0; b < resamples; b++) {
                values[b] = replicate.applyAsDouble(b);
                report(options, b + 1);
            }
            return values;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "modellab-bootstrap");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> parts = new ArrayList<>();
            int[] done = {0};
            // Each thread takes the next replicate when it is free, so that none idles while another still has a
            // share to do (replicates can differ in cost, and other work can slow one core).
            AtomicInteger next = new AtomicInteger();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    for (int b = next.getAndIncrement(); b < resamples; b = next.getAndIncrement()) {
                        values[b] = replicate.applyAsDouble(b);
                        synchronized (done) {
                            report(options, ++done[0]);
                        }
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
            return values;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bootstrap interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Mean and percentiles of the defined replicate values. */
    static BootstrapInterval summarize(double point, double[] replicateValues, Options options, String method) {
        double[] values = new double[replicateValues.length];
        int used = 0;
        double sum = 0;
        for (double v : replicateValues) {
            if (!Double.isNaN(v)) {
                values[used++] = v;
                sum += v;
            }
        }
        if (used == 0) {
            return new BootstrapInterval(point, Double.NaN, Double.NaN, Double.NaN, options.resamples(), 0,
                    options.seed(), options.confidenceLevel(), method);
        }
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(values, 0, used);
        double tail = (1 - options.confidenceLevel()) / 2 * 100;
        return new BootstrapInterval(point, sum / used, percentile.evaluate(tail), percentile.evaluate(100 - tail),
                options.resamples(), used, options.seed(), options.confidenceLevel(), method);
    }

    private static void report(Options options, int done) {
        if (done % 100 == 0 || done == options.resamples()) {
            options.progress().progress("bootstrap", done, options.resamples());
        }
    }

    private static void requireRows(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("need at least one row to resample, got " + rows);
        }
    }

    private static int[][] groups(int[] strata) {
        TreeMap<Integer, List<Integer>> byStratum = new TreeMap<>();
        for (int i = 0; i < strata.length; i++) {
            byStratum.computeIfAbsent(strata[i], k -> new ArrayList<>()).add(i);
        }
        return byStratum.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
