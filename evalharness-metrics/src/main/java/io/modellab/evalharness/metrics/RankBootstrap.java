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
 * arithmetic: chunk by chunk, the negatives' running weight, then each positive's weight times the running weights
 * before and after its tie group's negatives, which counts ties as half. Its intervals agree with the row
 * bootstrap's as n grows; for small sets (a few hundred rows) prefer {@link Bootstrap#percentile}, whose resamples
 * always have exactly n rows. Fewer than 2^28 rows.
 */
public final class RankBootstrap {

    /** The method, as written into confidence_intervals.json. */
    public static final String METHOD = "percentile_poisson_bootstrap";

    /** The method of ROC-AUC's BCa interval, as written into confidence_intervals.json. */
    public static final String BCA_METHOD = "bca_poisson_bootstrap";

    private RankBootstrap() {
    }

    /** ROC-AUC's interval as the options say: BCa with the jackknife from the rows' placement values. */
    private static BootstrapInterval readOffRocAuc(double point, double[] values, Sorted sorted,
                                                   Bootstrap.Options options) {
        if (options.interval() == Bootstrap.Interval.PERCENTILE) {
            return Bootstrap.summarize(point, values, options, METHOD);
        }
        return Bca.interval(point, values, Bca.Jackknife.of(RocAucJackknife.leaveOneOut(sorted)), options, BCA_METHOD,
                METHOD);
    }

    /** Average precision's percentile interval, saying so when BCa was asked for. */
    private static BootstrapInterval readOffAveragePrecision(BootstrapInterval percentile, Bootstrap.Options options) {
        return options.interval() == Bootstrap.Interval.BCA
                ? Bca.fallback(percentile, "no cheap jackknife of average precision") : percentile;
    }

    /** Replicates computed together in one pass over the rows: the four that share each row's 64-bit hash. */
    static final int BLOCK = Randoms.REPLICATES_PER_HASH;

    /**
     * An interval of ROC-AUC, percentile or BCa as {@link Bootstrap.Options#interval()} says; BCa's jackknife needs
     * no more sorting, every leave-one-out AUC following from the rows' placement values ({@link RocAucJackknife}).
     */
    public static BootstrapInterval rocAuc(boolean[] actual, double[] score, Bootstrap.Options options) {
        Sorted sorted = new Sorted(actual, score);
        double[] values = Bootstrap.replicateBlocks(options, BLOCK,
                (from, to, out) -> sorted.rocAuc(options.seed(), from, to, out));
        return readOffRocAuc(sorted.rocAuc(), values, sorted, options);
    }

    /** A percentile interval of average precision (it has no cheap jackknife for BCa; a BCa request says so). */
    public static BootstrapInterval averagePrecision(boolean[] actual, double[] score, Bootstrap.Options options) {
        Sorted sorted = new Sorted(actual, score);
        double[] values = Bootstrap.replicates(options, b -> sorted.averagePrecision(options.seed(), b));
        return readOffAveragePrecision(Bootstrap.summarize(RankMetrics.averagePrecision(actual, score, null), values,
                options, METHOD), options);
    }

    /**
     * Rows in descending score order, positives before negatives among equal scores, so that a running sum of
     * negative weight met before a positive counts exactly the negatives that outrank it; and the ROC-AUC kernel's
     * lists of those rows.
     */
    static final class Sorted {
        /**
         * Fewer rows than this: twice a replicate's negative weight, at most {@value Randoms#MAX_POISSON_ONE} a row,
         * fits in 32 bits.
         */
        static final int MAX_ROWS = 1 << 28;
        /** Negatives per chunk of the ROC-AUC kernel, at least: their running sums (64 KiB) stay in the L2 cache. */
        static final int CHUNK = 4096;

        static {
            assert 2L * MAX_ROWS * Randoms.MAX_POISSON_ONE <= 1L << 32 : "twice a negative weight must fit in 32 bits";
        }

        final int[] row;
        final boolean[] positive;
        final boolean[] groupEnd;
        /** The negative rows, in order. */
        final int[] negatives;
        /**
         * The positive rows in order, three ints each (one array, one register less in the kernel): the row index,
         * then 2 x the negatives above its tie group and 2 x those up to its group's end (the indices of the
         * running sums there, two longs a negative).
         */
        final int[] positives;
        /**
         * Where the kernel's chunks of {@link #negatives} end: every {@value #CHUNK} negatives, or later so that
         * no tie group's negatives straddle two chunks (a positive reads the sums before and after them).
         */
        final int[] chunkEnds;
        /** The longest chunk. */
        final int longestChunk;

        Sorted(boolean[] actual, double[] score) {
            Inputs.requireSameLength(actual.length, score.length);
            int n = actual.length;
            if (n >= MAX_ROWS) {
                throw new IllegalArgumentException(n + " rows: the one-pass bootstrap takes fewer than " + MAX_ROWS);
            }
            // Positives, then negatives, each in row order: the stable sort then puts positives first among ties.
            int positiveCount = 0;
            for (boolean a : actual) {
                positiveCount += a ? 1 : 0;
            }
            int[] order = new int[n];
            long[] keys = new long[n];
            int nextPositive = 0;
            int nextNegative = positiveCount;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(score[i])) {
                    throw new IllegalArgumentException("score of row " + i + " is NaN");
                }
                int at = actual[i] ? nextPositive++ : nextNegative++;
                order[at] = i;
                keys[at] = ~ScoreOrder.ascendingKey(score[i] == 0 ? 0.0 : score[i]);
            }
            ScoreOrder.sort(keys, order);
            row = order;
            positive = new boolean[n];
            groupEnd = new boolean[n];
            int[] negativeRows = new int[n];
            int[] positiveRows = new int[3 * n];
            // insideGroup[k] > 0: a chunk must not end after k negatives, since a tie group's negatives continue
            // there; the value is where they end.
            int[] insideGroup = new int[n + 1];
            int v = 0;
            int m = 0;
            int start = 0;
            for (int i = 0; i < n; i++) {
                positive[i] = actual[order[i]];
                groupEnd[i] = i == n - 1 || keys[i] != keys[i + 1];
                if (groupEnd[i]) {
                    int groupStart = v;
                    int firstPositive = m;
                    for (int j = start; j <= i; j++) {
                        if (positive[j]) {
                            positiveRows[m++] = order[j];
                            positiveRows[m++] = 2 * groupStart;
                            m++;
                        } else {
                            negativeRows[v++] = order[j];
                        }
                    }
                    // Positives come first in a group, so all of its negatives are at or after groupStart.
                    for (int k = firstPositive; k < m; k += 3) {
                        positiveRows[k + 2] = 2 * v;
                    }
                    for (int k = groupStart + 1; k < v; k++) {
                        insideGroup[k] = v;
                    }
                    start = i + 1;
                }
            }
            negatives = Arrays.copyOf(negativeRows, v);
            positives = Arrays.copyOf(positiveRows, m);
            int[] ends = new int[v / CHUNK + 2];
            int chunks = 0;
            int longest = 0;
            for (int end = 0; end < v; ) {
                int next = Math.min(end + CHUNK, v);
                next = insideGroup[next] > 0 ? insideGroup[next] : next;
                longest = Math.max(longest, next - end);
                ends[chunks++] = next;
                end = next;
            }
            chunkEnds = Arrays.copyOf(ends, chunks);
            longestChunk = longest;
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
         * hash of the block. Per chunk of negatives, one loop keeps each replicate's running negative weight and
         * notes it after every negative, then one over the positives whose group ends in the chunk adds each one's
         * weight times the weights noted before and after its group's negatives, added: 2 x (negatives above its
         * group) + (negatives of its group), so that "lost" = 2 x outranked + ties, the pairs a positive does not
         * win, counted twice.
         */
        void rocAuc(long seed, int from, int to, double[] out) {
            if (from % Randoms.REPLICATES_PER_HASH != 0 || to - from > Randoms.REPLICATES_PER_HASH) {
                throw new IllegalArgumentException("a block is one aligned group of " + Randoms.REPLICATES_PER_HASH
                        + " replicates, got " + from + ".." + to);
            }
            long key = Randoms.groupKey(seed, from);
            // Two loops in methods of their own, each with only its own sums live, so that they stay in registers;
            // the sums cross between them in `sums`.
            long[] sums = new long[10];
            long[] noted = new long[2 * (longestChunk + 1)];
            int p = 0;
            int v0 = 0;
            for (int v1 : chunkEnds) {
                visitNegatives(negatives, v0, v1, key, noted, sums);
                int end = p;
                while (end < positives.length && positives[end + 2] <= 2 * v1) {
                    end += 3;
                }
                visitPositives(positives, p, end, v0, key, noted, sums);
                p = end;
                v0 = v1;
            }
            for (int j = 0; j < to - from; j++) {
                long positiveWeight = sums[6 + j];
                long negativeWeight = sums[j / 2] >>> (32 * (j % 2)) & 0xFFFFFFFFL;
                out[j] = positiveWeight == 0 || negativeWeight == 0 ? Double.NaN
                        : 1 - sums[2 + j] / (2.0 * positiveWeight * negativeWeight);
            }
        }

        /**
         * Negatives {@code v0}..{@code v1} - 1: adds each one's weight to its replicate's sum. Twice a sum is below
         * 2^32 (see MAX_ROWS), so two share a long, replicates 0 and 1 in {@code sums[0]}, 2 and 3 in
         * {@code sums[1]} (low half first): half the additions, stores and registers. {@code noted[2 t]} and
         * {@code noted[2 t + 1]} are those two longs after t of these negatives.
         */
        private static void visitNegatives(int[] negatives, int v0, int v1, long key, long[] noted, long[] sums) {
            long n01 = sums[0];
            long n23 = sums[1];
            noted[0] = n01;
            noted[1] = n23;
            for (int v = v0, o = 2; v < v1; v++, o += 2) {
                long bits = Randoms.rowBits(key, negatives[v]);
                n01 += Randoms.poissonOne(bits, 0) | (long) Randoms.poissonOne(bits, 1) << 32;
                n23 += Randoms.poissonOne(bits, 2) | (long) Randoms.poissonOne(bits, 3) << 32;
                noted[o] = n01;
                noted[o + 1] = n23;
            }
            sums[0] = n01;
            sums[1] = n23;
        }

        /**
         * The positives at {@code positives[from..to - 1]}, whose groups start at or after negative {@code v0}:
         * adds to {@code sums[2..5]} ("lost") each one's weight times the sum of the two running weights noted
         * before and after its group's negatives (paired lanes add without carry, each sum being below 2^32); and
         * its weight to {@code sums[6..9]}.
         */
        private static void visitPositives(int[] positives, int from, int to, int v0, long key, long[] noted,
                                           long[] sums) {
            long lost0 = sums[2], lost1 = sums[3], lost2 = sums[4], lost3 = sums[5];
            long p0 = sums[6], p1 = sums[7], p2 = sums[8], p3 = sums[9];
            int chunkStart = 2 * v0;
            for (int i = from; i < to; i += 3) {
                long bits = Randoms.rowBits(key, positives[i]);
                int above = positives[i + 1] - chunkStart;
                int through = positives[i + 2] - chunkStart;
                long w0 = Randoms.poissonOne(bits, 0);
                long w1 = Randoms.poissonOne(bits, 1);
                long w2 = Randoms.poissonOne(bits, 2);
                long w3 = Randoms.poissonOne(bits, 3);
                long n01 = noted[above] + noted[through];
                long n23 = noted[above + 1] + noted[through + 1];
                lost0 += w0 * (n01 & 0xFFFFFFFFL);
                lost1 += w1 * (n01 >>> 32);
                lost2 += w2 * (n23 & 0xFFFFFFFFL);
                lost3 += w3 * (n23 >>> 32);
                p0 += w0;
                p1 += w1;
                p2 += w2;
                p3 += w3;
            }
            sums[2] = lost0;
            sums[3] = lost1;
            sums[4] = lost2;
            sums[5] = lost3;
            sums[6] = p0;
            sums[7] = p1;
            sums[8] = p2;
            sums[9] = p3;
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
