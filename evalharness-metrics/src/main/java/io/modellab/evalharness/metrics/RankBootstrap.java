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
 * arithmetic: chunk by chunk, the negatives' running weight, then each positive's weight times the running weight
 * before it; the negatives of tie groups that hold both classes are visited twice (none with continuous scores), so
 * that ties need no state of their own. Its intervals agree with the row bootstrap's as n grows; for small sets (a
 * few hundred rows) prefer {@link Bootstrap#percentile}, whose resamples always have exactly n rows. Fewer than
 * 2^28 rows.
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
     * negative weight met before a positive counts exactly the negatives that outrank it; and the ROC-AUC kernel's
     * visits of those rows, in which the negatives of a tie group holding both classes also appear once before the
     * group's positives, so that those positives count them as half outranking.
     */
    static final class Sorted {
        /**
         * Fewer rows than this: twice a replicate's negative weight, at most {@value Randoms#MAX_POISSON_ONE} a row,
         * fits in 32 bits.
         */
        static final int MAX_ROWS = 1 << 28;
        /** In {@link #negatives}: set on a visit that counts its row's weight twice (a row not in a mixed group). */
        static final int TWICE = 1 << 30;
        /** Negative visits per chunk of the ROC-AUC kernel: their running sums (64 KiB) stay in the L2 cache. */
        static final int CHUNK = 4096;

        static {
            assert 2L * MAX_ROWS * Randoms.MAX_POISSON_ONE <= 1L << 32 : "twice a negative weight must fit in 32 bits";
        }

        final int[] row;
        final boolean[] positive;
        final boolean[] groupEnd;
        /**
         * The ROC-AUC kernel's visits of negative rows, in order: the row index, with {@link #TWICE} when the row
         * is visited once; without when it is in a tie group holding both classes and so visited twice, before and
         * after the group's positives.
         */
        final int[] negatives;
        /**
         * The positive rows in order, two ints each (one array, one register less in the kernel): the row index,
         * then {@value RankBootstrap#BLOCK} x the negative visits before it.
         */
        final int[] positives;

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
            int[] positiveRows = new int[2 * n];
            int v = 0;
            int m = 0;
            int start = 0;
            for (int i = 0; i < n; i++) {
                positive[i] = actual[order[i]];
                groupEnd[i] = i == n - 1 || keys[i] != keys[i + 1];
                if (groupEnd[i]) {
                    // Positives come first in a group: it holds both classes when it starts positive and ends negative.
                    boolean mixed = positive[start] && !positive[i];
                    if (mixed) {
                        for (int j = start; j <= i; j++) {
                            if (!positive[j]) {
                                visits[v++] = order[j];
                            }
                        }
                    }
                    for (int j = start; j <= i; j++) {
                        if (positive[j]) {
                            positiveRows[m++] = order[j];
                            positiveRows[m++] = BLOCK * v;
                        } else {
                            visits[v++] = mixed ? order[j] : order[j] | TWICE;
                        }
                    }
                    start = i + 1;
                }
            }
            negatives = Arrays.copyOf(visits, v);
            positives = Arrays.copyOf(positiveRows, m);
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
         * Replicates {@code from} to {@code to} - 1, written to {@code out[0..]}, each row's weights drawn from the one
         * hash of the block. Per chunk of negative visits, one loop keeps each replicate's running negative weight
         * and notes it after every visit, then one over the positives that come before the chunk's end adds each
         * one's weight times the negative weight noted just before it.
         */
        void rocAuc(long seed, int from, int to, double[] out) {
            if (from % Randoms.REPLICATES_PER_HASH != 0 || to - from > Randoms.REPLICATES_PER_HASH) {
                throw new IllegalArgumentException("a block is one aligned group of " + Randoms.REPLICATES_PER_HASH
                        + " replicates, got " + from + ".." + to);
            }
            long key = Randoms.groupKey(seed, from);
            // Two loops in methods of their own, each with only its own four or eight sums live, so that they stay
            // in registers; the sums cross between them in `sums`.
            long[] sums = new long[12];
            int[] noted = new int[BLOCK * (CHUNK + 1)];
            int p = 0;
            for (int v0 = 0; v0 < negatives.length; v0 += CHUNK) {
                int v1 = Math.min(v0 + CHUNK, negatives.length);
                visitNegatives(negatives, v0, v1, key, noted, sums);
                int end = p;
                while (end < positives.length && positives[end + 1] <= BLOCK * v1) {
                    end += 2;
                }
                visitPositives(positives, p, end, v0, key, noted, sums);
                p = end;
            }
            for (int j = 0; j < to - from; j++) {
                long positiveWeight = sums[8 + j];
                long negativeWeight = sums[j] >>> 1;
                out[j] = positiveWeight == 0 || negativeWeight == 0 ? Double.NaN
                        : 1 - sums[4 + j] / (2.0 * positiveWeight * negativeWeight);
            }
        }

        /**
         * Negative visits {@code v0}..{@code v1} - 1: adds to {@code sums[0..3]} twice each row's weight (shift 1),
         * or, for a row of a mixed group, once at each of its two visits (shift 0); {@code noted[4 t + j]} is
         * replicate j's sum after t of these visits (below 2^32, see MAX_ROWS).
         */
        private static void visitNegatives(int[] negatives, int v0, int v1, long key, int[] noted, long[] sums) {
            long n0 = sums[0], n1 = sums[1], n2 = sums[2], n3 = sums[3];
            noted[0] = (int) n0;
            noted[1] = (int) n1;
            noted[2] = (int) n2;
            noted[3] = (int) n3;
            for (int v = v0, o = BLOCK; v < v1; v++, o += BLOCK) {
                int q = negatives[v];
                int shift = q >>> 30;
                long bits = Randoms.rowBits(key, q & ~TWICE);
                n0 += (long) Randoms.poissonOne(bits, 0) << shift;
                n1 += (long) Randoms.poissonOne(bits, 1) << shift;
                n2 += (long) Randoms.poissonOne(bits, 2) << shift;
                n3 += (long) Randoms.poissonOne(bits, 3) << shift;
                noted[o] = (int) n0;
                noted[o + 1] = (int) n1;
                noted[o + 2] = (int) n2;
                noted[o + 3] = (int) n3;
            }
            sums[0] = n0;
            sums[1] = n1;
            sums[2] = n2;
            sums[3] = n3;
        }

        /**
         * The positives at {@code positives[from..to - 1]}, all after negative visit {@code v0} - 1: adds to
         * {@code sums[4..7]} ("lost", the pairs a positive does not win, counted twice) each one's weight times the
         * negative sum noted before it, which counts 2 x (negatives above its group) + (negatives of its group); and
         * its weight to {@code sums[8..11]}. (Fewer than 2n < 2^29 negative visits, so 4 x visits fits an int.)
         */
        private static void visitPositives(int[] positives, int from, int to, int v0, long key, int[] noted,
                                           long[] sums) {
            long lost0 = sums[4], lost1 = sums[5], lost2 = sums[6], lost3 = sums[7];
            long p0 = sums[8], p1 = sums[9], p2 = sums[10], p3 = sums[11];
            int chunkStart = BLOCK * v0;
            for (int i = from; i < to; i += 2) {
                long bits = Randoms.rowBits(key, positives[i]);
                int o = positives[i + 1] - chunkStart;
                long w0 = Randoms.poissonOne(bits, 0);
                long w1 = Randoms.poissonOne(bits, 1);
                long w2 = Randoms.poissonOne(bits, 2);
                long w3 = Randoms.poissonOne(bits, 3);
                lost0 += w0 * (noted[o] & 0xFFFFFFFFL);
                lost1 += w1 * (noted[o + 1] & 0xFFFFFFFFL);
                lost2 += w2 * (noted[o + 2] & 0xFFFFFFFFL);
                lost3 += w3 * (noted[o + 3] & 0xFFFFFFFFL);
                p0 += w0;
                p1 += w1;
                p2 += w2;
                p3 += w3;
            }
            sums[4] = lost0;
            sums[5] = lost1;
            sums[6] = lost2;
            sums[7] = lost3;
            sums[8] = p0;
            sums[9] = p1;
            sums[10] = p2;
            sums[11] = p3;
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
