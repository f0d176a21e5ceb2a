package io.modellab.evalharness.metrics;

import java.util.Arrays;

/**
 * The bootstrap of ROC-AUC and average precision in one sort, then one pass over the rows per replicate or block.
 *
 * <p>Rows are sorted by score once and grouped by tied score. Each replicate then gives every row a Poisson(1)
 * count, a function of (seed, replicate, row) alone (the Poisson bootstrap: the n-row multinomial resample's
 * counts, made independent so that rows can be visited in any order, on any thread or machine; see
 * {@code Randoms.poissonOne} for its 2^-16 resolution), and one pass over the sorted rows computes the weighted
 * metric. ROC-AUC runs {@value #BLOCK} replicates per pass, the four that share each row's 64-bit hash, in integer
 * arithmetic: one pass over all rows for the pairs a negative wins outright, then one over only the rows of tie
 * groups that hold both classes for the tied pairs (none with continuous scores). Its intervals agree with the row
 * bootstrap's as n grows; for small sets (a few hundred rows) prefer {@link Bootstrap#percentile}, whose
 * resamples always have exactly n rows. Fewer than 2^29 rows.
 */
public final class RankBootstrap {

    /** The method, as written into confidence_intervals.json. */
    public static final String METHOD = "percentile_poisson_bootstrap";

    private RankBootstrap() {
    }

    /** Replicates computed together in one pass over the rows: the four that share each row's 64-bit hash. */
    static final int BLOCK = Randoms.REPLICATES_PER_HASH;

    /** A percentile interval of ROC-AUC. */
    public static BootstrapInterval rocAuc(boolean[] actual, double[] score, Bootstrap.Options options) {
        Sorted sorted = new Sorted(actual, score);
        double[] values = Bootstrap.replicateBlocks(options, BLOCK,
                (from, to, out) -> sorted.rocAuc(options.seed(), from, to, out));
        return Bootstrap.summarize(sorted.rocAuc(), values, options, METHOD);
    }

    /** A percentile interval of average precision. */
    public static BootstrapInterval averagePrecision(boolean[] actual, double[] score, Bootstrap.Options options) {
        Sorted sorted = new Sorted(actual, score);
        double[] values = Bootstrap.replicates(options, b -> sorted.averagePrecision(options.seed(), b));
        return Bootstrap.summarize(RankMetrics.averagePrecision(actual, score, null), values, options, METHOD);
    }

    /**
     * Rows in descending score order, positives before negatives among equal scores, so that a running sum of
     * negative weight met before a positive counts exactly the negatives that outrank it; the tie term then needs
     * only the rows of tie groups that hold both classes.
     */
    static final class Sorted {
        /**
         * Fewer rows than this: a row index, a group-start bit and a class bit share one int, and a replicate's
         * weight of either class, at most {@value Randoms#MAX_POISSON_ONE} a row, fits in 32 bits.
         */
        static final int MAX_ROWS = 1 << 29;

        static {
            assert (long) MAX_ROWS * Randoms.MAX_POISSON_ONE <= 1L << 32 : "class weights must fit in 32 bits";
        }

        final int[] row;
        /** The hot pass's one int a row: the row index, complemented (negative) when the row is positive. */
        final int[] packed;
        /**
         * The rows of tie groups that hold both classes, in order, as in {@link #packed} with bit 30 set on each
         * group's first row: the only rows the tie term needs. Empty when no positive ties a negative.
         */
        final int[] tied;
        final boolean[] positive;
        final boolean[] groupEnd;

        Sorted(boolean[] actual, double[] score) {
            Inputs.requireSameLength(actual.length, score.length);
            int n = actual.length;
            if (n >= MAX_ROWS) {
                throw new IllegalArgumentException(n + " rows: the one-pass bootstrap takes fewer than " + MAX_ROWS);
            }
            int[] order = new int[n];
            long[] keys = new long[n];
            int next = 0;
            for (boolean positivesFirst : new boolean[] {true, false}) {
                for (int i = 0; i < n; i++) {
                    if (actual[i] == positivesFirst) {
                        if (Double.isNaN(score[i])) {
                            throw new IllegalArgumentException("score of row " + i + " is NaN");
                        }
                        order[next] = i;
                        keys[next++] = ~ScoreOrder.ascendingKey(score[i] == 0 ? 0.0 : score[i]);
                    }
                }
            }
            ScoreOrder.sort(keys, order);
            row = order;
            packed = new int[n];
            positive = new boolean[n];
            groupEnd = new boolean[n];
            int[] mixed = new int[n];
            int m = 0;
            int start = 0;
            for (int i = 0; i < n; i++) {
                positive[i] = actual[order[i]];
                packed[i] = positive[i] ? ~order[i] : order[i];
                groupEnd[i] = i == n - 1 || keys[i] != keys[i + 1];
                // Positives come first in a group, so it holds both classes when it starts positive and ends negative.
                if (groupEnd[i]) {
                    if (positive[start] && !positive[i]) {
                        for (int j = start; j <= i; j++) {
                            int value = order[j] | (j == start ? 1 << 30 : 0);
                            mixed[m++] = positive[j] ? ~value : value;
                        }
                    }
                    start = i + 1;
                }
            }
            tied = Arrays.copyOf(mixed, m);
        }

        /**
         * ROC-AUC of the rows themselves, equal to {@link RocAuc#of} bit for bit (the same pair counts in the same
         * expression) without its two sorts: the negatives each positive beats, and half the ties.
         */
        double rocAuc() {
            long positives = 0;
            long negatives = 0;
            long outranked = 0;
            for (int p : packed) {
                if (p < 0) {
                    outranked += negatives;
                    positives++;
                } else {
                    negatives++;
                }
            }
            if (positives == 0 || negatives == 0) {
                return Double.NaN;
            }
            long tied = 0;
            long groupPositives = 0;
            for (int p : this.tied) {
                if (((p < 0 ? ~p : p) & 1 << 30) != 0) {
                    groupPositives = 0;
                }
                if (p < 0) {
                    groupPositives++;
                } else {
                    tied += groupPositives;
                }
            }
            long below = positives * negatives - outranked - tied;
            return (below + tied / 2.0) / ((double) positives * negatives);
        }

        /**
         * ROC-AUC of replicate {@code b}: 1 - (2 A + T) / (2 P N), where A sums, over positives, their count times the
         * negatives counted before them (which outrank them), and T sums, over tie groups, positives times negatives.
         */
        double rocAuc(long seed, int b) {
            double[] out = new double[BLOCK];
            int from = b - b % BLOCK;
            rocAuc(seed, from, from + BLOCK, out);
            return out[b - from];
        }

        /**
         * Replicates {@code from} to {@code to} - 1, written to {@code out[0..]}: one pass over all rows for A, P and
         * N, then one over {@link #tied} for T, each row's weights drawn from the one hash of the block.
         */
        void rocAuc(long seed, int from, int to, double[] out) {
            if (from % Randoms.REPLICATES_PER_HASH != 0 || to - from > Randoms.REPLICATES_PER_HASH) {
                throw new IllegalArgumentException("a block is one aligned group of " + Randoms.REPLICATES_PER_HASH
                        + " replicates, got " + from + ".." + to);
            }
            long key = Randoms.groupKey(seed, from);
            // Four replicates in scalar locals (the group that shares a row's hash), two a replicate, so that they
            // stay in registers: pn holds the positive weight so far in its high 32 bits and the negative weight in
            // its low 32 bits (each below 2^32, see MAX_ROWS), and a positive row adds its weight times the low
            // half to A. Branch-free, since this runs once per row per block.
            long pn0 = 0, pn1 = 0, pn2 = 0, pn3 = 0;
            long a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            for (int i = 0; i < packed.length; i++) {
                int p = packed[i];
                int mask = p >> 31;
                int shift = mask & 32;
                long low = mask & 0xFFFFFFFFL;
                long bits = Randoms.rowBits(key, p ^ mask);
                long w0 = Randoms.poissonOne(bits, 0);
                long w1 = Randoms.poissonOne(bits, 1);
                long w2 = Randoms.poissonOne(bits, 2);
                long w3 = Randoms.poissonOne(bits, 3);
                a0 += w0 * (pn0 & low);
                a1 += w1 * (pn1 & low);
                a2 += w2 * (pn2 & low);
                a3 += w3 * (pn3 & low);
                pn0 += w0 << shift;
                pn1 += w1 << shift;
                pn2 += w2 << shift;
                pn3 += w3 << shift;
            }
            // T: a negative row of a tied group adds its weight times the group's positive weight before it (all of
            // it, since positives come first); g restarts at each group's first row.
            long t0 = 0, t1 = 0, t2 = 0, t3 = 0;
            long g0 = 0, g1 = 0, g2 = 0, g3 = 0;
            for (int i = 0; i < tied.length; i++) {
                int p = tied[i];
                long mask = p >> 31;
                int q = p ^ (int) mask;
                long keep = ((q >>> 30) & 1) - 1L;
                long bits = Randoms.rowBits(key, q & ((1 << 30) - 1));
                long w0 = Randoms.poissonOne(bits, 0);
                long w1 = Randoms.poissonOne(bits, 1);
                long w2 = Randoms.poissonOne(bits, 2);
                long w3 = Randoms.poissonOne(bits, 3);
                g0 = (g0 & keep) + (w0 & mask);
                g1 = (g1 & keep) + (w1 & mask);
                g2 = (g2 & keep) + (w2 & mask);
                g3 = (g3 & keep) + (w3 & mask);
                t0 += (w0 & ~mask) * g0;
                t1 += (w1 & ~mask) * g1;
                t2 += (w2 & ~mask) * g2;
                t3 += (w3 & ~mask) * g3;
            }
            long[][] sums = {{pn0, a0, t0}, {pn1, a1, t1}, {pn2, a2, t2}, {pn3, a3, t3}};
            for (int j = 0; j < to - from; j++) {
                long positives = sums[j][0] >>> 32;
                long negatives = sums[j][0] & 0xFFFFFFFFL;
                long lost = 2 * sums[j][1] + sums[j][2];
                out[j] = positives == 0 || negatives == 0 ? Double.NaN : 1 - lost / (2.0 * positives * negatives);
            }
        }

        /** Average precision of replicate {@code b}: sum over groups of the recall gained times the precision there. */
        double averagePrecision(long seed, int b) {
            double tp = 0;
            double fp = 0;
            double groupPositive = 0;
            double sum = 0;
            for (int i = 0; i < row.length; i++) {
                int w = Randoms.poissonOne(seed, b, row[i]);
                if (positive[i]) {
                    tp += w;
                    groupPositive += w;
                } else {
                    fp += w;
                }
                if (groupEnd[i]) {
                    if (groupPositive > 0) {
                        sum += groupPositive * (tp / (tp + fp));
                    }
                    groupPositive = 0;
                }
            }
            return tp == 0 ? Double.NaN : sum / tp;
        }
    }
}
