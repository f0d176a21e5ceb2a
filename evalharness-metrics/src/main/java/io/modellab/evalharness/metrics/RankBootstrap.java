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
 * arithmetic; the negatives of tie groups that hold both classes are visited twice in that pass (none with
 * continuous scores), so that ties need no state of their own. Its intervals agree with the row bootstrap's as n
 * grows; for small sets (a few hundred rows) prefer {@link Bootstrap#percentile}, whose resamples always have
 * exactly n rows. Fewer than 2^28 rows.
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
     * negative weight met before a positive counts exactly the negatives that outrank it; and the same rows as the
     * ROC-AUC kernel's one sequence, in which the negatives of a tie group holding both classes also appear once
     * before the group's positives, so that those positives count them as half outranking.
     */
    static final class Sorted {
        /**
         * Fewer rows than this: twice a replicate's negative weight, at most {@value Randoms#MAX_POISSON_ONE} a row,
         * fits in 32 bits.
         */
        static final int MAX_ROWS = 1 << 28;
        /** In {@link #sequence}: set on a negative row that counts its weight twice (a row not in a mixed group). */
        static final int TWICE = 1 << 30;

        static {
            assert 2L * MAX_ROWS * Randoms.MAX_POISSON_ONE <= 1L << 32 : "twice the negative weight must fit in 32 bits";
        }

        final int[] row;
        final boolean[] positive;
        final boolean[] groupEnd;
        /**
         * The ROC-AUC kernel's one int a visit: a positive row as its complemented (negative) index; a negative row
         * as its index, with {@link #TWICE} when it is visited once, without when it is in a tie group holding
         * both classes and so visited twice, before and after the group's positives.
         */
        final int[] sequence;

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
            positive = new boolean[n];
            groupEnd = new boolean[n];
            int[] visits = new int[2 * n];
            int v = 0;
            int start = 0;
            for (int i = 0; i < n; i++) {
                positive[i] = actual[order[i]];
                groupEnd[i] = i == n - 1 || keys[i] != keys[i + 1];
                if (groupEnd[i]) {
                    // Positives come first in a group, so it holds both classes when it starts positive and ends negative.
                    boolean mixed = positive[start] && !positive[i];
                    if (mixed) {
                        for (int j = start; j <= i; j++) {
                            if (!positive[j]) {
                                visits[v++] = order[j];
                            }
                        }
                    }
                    for (int j = start; j <= i; j++) {
                        visits[v++] = positive[j] ? ~order[j] : mixed ? order[j] : order[j] | TWICE;
                    }
                    start = i + 1;
                }
            }
            sequence = Arrays.copyOf(visits, v);
        }

        /**
         * ROC-AUC of the rows themselves, equal to {@link RocAuc#of} bit for bit (the same pair counts in the same
         * expression) without its two sorts: the negatives each positive beats, and half the ties.
         */
        double rocAuc() {
            long positives = 0;
            long negatives = 0;
            long outranked = 0;
            long tied = 0;
            long groupPositives = 0;
            long groupNegatives = 0;
            for (int i = 0; i < positive.length; i++) {
                if (positive[i]) {
                    outranked += negatives;
                    groupPositives++;
                } else {
                    groupNegatives++;
                }
                if (groupEnd[i]) {
                    tied += groupPositives * groupNegatives;
                    positives += groupPositives;
                    negatives += groupNegatives;
                    groupPositives = 0;
                    groupNegatives = 0;
                }
            }
            if (positives == 0 || negatives == 0) {
                return Double.NaN;
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
         * Replicates {@code from} to {@code to} - 1, written to {@code out[0..]}, in one pass over {@link #sequence},
         * each row's weights drawn from the one hash of the block.
         */
        void rocAuc(long seed, int from, int to, double[] out) {
            if (from % Randoms.REPLICATES_PER_HASH != 0 || to - from > Randoms.REPLICATES_PER_HASH) {
                throw new IllegalArgumentException("a block is one aligned group of " + Randoms.REPLICATES_PER_HASH
                        + " replicates, got " + from + ".." + to);
            }
            long key = Randoms.groupKey(seed, from);
            // Four replicates in scalar locals (the group that shares a row's hash), two a replicate, so that they
            // stay in registers: pn holds the positive weight so far in its high 32 bits and twice the negative
            // weight in its low 32 bits (below 2^32, see MAX_ROWS), and a positive row adds its weight times the
            // low half to "lost". A negative outside mixed groups adds 2w (shift 1); one in a mixed group adds w
            // before the group's positives and w after them (shift 0), so each of those positives counts
            // 2 x (negatives above the group) + (negatives of its group): lost = 2 x outranked + ties, the pairs a
            // positive does not win, counted twice. Branch-free, since this runs once per visit per block.
            long pn0 = 0, pn1 = 0, pn2 = 0, pn3 = 0;
            long lost0 = 0, lost1 = 0, lost2 = 0, lost3 = 0;
            for (int i = 0; i < sequence.length; i++) {
                int p = sequence[i];
                int mask = p >> 31;
                int q = p ^ mask;
                int shift = (mask & 32) | (q >>> 30);
                long low = mask & 0xFFFFFFFFL;
                long bits = Randoms.rowBits(key, q & ~TWICE);
                long w0 = Randoms.poissonOne(bits, 0);
                long w1 = Randoms.poissonOne(bits, 1);
                long w2 = Randoms.poissonOne(bits, 2);
                long w3 = Randoms.poissonOne(bits, 3);
                lost0 += w0 * (pn0 & low);
                lost1 += w1 * (pn1 & low);
                lost2 += w2 * (pn2 & low);
                lost3 += w3 * (pn3 & low);
                pn0 += w0 << shift;
                pn1 += w1 << shift;
                pn2 += w2 << shift;
                pn3 += w3 << shift;
            }
            long[][] sums = {{pn0, lost0}, {pn1, lost1}, {pn2, lost2}, {pn3, lost3}};
            for (int j = 0; j < to - from; j++) {
                long positives = sums[j][0] >>> 32;
                long negatives = (sums[j][0] & 0xFFFFFFFFL) >>> 1;
                out[j] = positives == 0 || negatives == 0 ? Double.NaN : 1 - sums[j][1] / (2.0 * positives * negatives);
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
