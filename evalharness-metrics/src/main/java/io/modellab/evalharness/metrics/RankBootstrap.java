package io.modellab.evalharness.metrics;

/**
 * The bootstrap of ROC-AUC and average precision in one sort and one pass per replicate.
 *
 * <p>Rows are sorted by score once and grouped by tied score. Each replicate then gives every row a Poisson(1)
 * count, a function of (seed, replicate, row) alone (the Poisson bootstrap: the n-row multinomial resample's
 * counts, made independent so that rows can be visited in any order, on any thread or machine; see
 * {@code Randoms.poissonOne} for its 2^-16 resolution), and one pass over the sorted rows computes the weighted
 * metric. ROC-AUC runs {@value #BLOCK} replicates per pass, four of them from each 64-bit hash of a row. Its intervals agree with the row bootstrap's as n grows; for small
 * sets (a few hundred rows) prefer {@link Bootstrap#percentile}, whose resamples always have exactly n rows.
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
        return readOffRocAuc(RocAuc.of(actual, score), values, sorted, options);
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
     * negative weight met before a positive counts exactly the negatives that outrank it, and a running sum of the
     * positives of the current tie group, met before each of its negatives, counts the ties.
     */
    static final class Sorted {
        /** At most this many rows: a row index, a group-start bit and a class bit share one int. */
        static final int MAX_ROWS = 1 << 30;

        final int[] row;
        /**
         * The hot pass's one int a row: the row index, bit 30 set when the row starts a tie group, all complemented
         * (negative) when the row is positive.
         */
        final int[] packed;
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
            for (int i = 0; i < n; i++) {
                positive[i] = actual[order[i]];
                groupEnd[i] = i == n - 1 || keys[i] != keys[i + 1];
                boolean groupStart = i == 0 || keys[i] != keys[i - 1];
                int value = order[i] | (groupStart ? 1 << 30 : 0);
                packed[i] = positive[i] ? ~value : value;
            }
        }

        /**
         * ROC-AUC of replicate {@code b}: 1 - (2 A + T) / (2 P N), where A sums, over positives, their count times the
         * negatives counted before them (which outrank them), and T sums, over tie groups, positives times negatives.
         * The main pass is branch-free integer arithmetic, since it runs once per row per replicate.
         */
        double rocAuc(long seed, int b) {
            double[] out = new double[BLOCK];
            int from = b - b % BLOCK;
            rocAuc(seed, from, from + BLOCK, out);
            return out[b - from];
        }

        /**
         * Replicates {@code from} to {@code to} - 1 in one pass over the rows, written to {@code out[0..]}: each row
         * is read once for the whole block, and the replicates' independent sums keep the processor busy.
         */
        void rocAuc(long seed, int from, int to, double[] out) {
            if (from % Randoms.REPLICATES_PER_HASH != 0 || to - from > Randoms.REPLICATES_PER_HASH) {
                throw new IllegalArgumentException("a block is one aligned group of " + Randoms.REPLICATES_PER_HASH
                        + " replicates, got " + from + ".." + to);
            }
            long key = Randoms.groupKey(seed, from);
            // Four replicates in scalar locals (the group that shares a row's hash), so that they stay in registers.
            // A positive row adds w x 2 x (negatives before it); a negative row adds w x (positives of its tie group
            // before it); the sum is 2 x outranked + ties, the pairs a positive does not win, counted twice.
            long neg0 = 0, neg1 = 0, neg2 = 0, neg3 = 0;
            long pos0 = 0, pos1 = 0, pos2 = 0, pos3 = 0;
            long grp0 = 0, grp1 = 0, grp2 = 0, grp3 = 0;
            long lost0 = 0, lost1 = 0, lost2 = 0, lost3 = 0;
            for (int i = 0; i < packed.length; i++) {
                int p = packed[i];
                long mask = p >> 31;
                int q = p ^ (int) mask;
                long keep = ((q >>> 30) & 1) - 1L;
                long bits = Randoms.rowBits(key, q & (MAX_ROWS - 1));
                long w0 = Randoms.poissonOne(bits, 0);
                long w1 = Randoms.poissonOne(bits, 1);
                long w2 = Randoms.poissonOne(bits, 2);
                long w3 = Randoms.poissonOne(bits, 3);
                grp0 &= keep;
                grp1 &= keep;
                grp2 &= keep;
                grp3 &= keep;
                lost0 += w0 * (((neg0 << 1) & mask) | (grp0 & ~mask));
                lost1 += w1 * (((neg1 << 1) & mask) | (grp1 & ~mask));
                lost2 += w2 * (((neg2 << 1) & mask) | (grp2 & ~mask));
                lost3 += w3 * (((neg3 << 1) & mask) | (grp3 & ~mask));
                long p0 = w0 & mask;
                long p1 = w1 & mask;
                long p2 = w2 & mask;
                long p3 = w3 & mask;
                pos0 += p0;
                pos1 += p1;
                pos2 += p2;
                pos3 += p3;
                grp0 += p0;
                grp1 += p1;
                grp2 += p2;
                grp3 += p3;
                neg0 += w0 - p0;
                neg1 += w1 - p1;
                neg2 += w2 - p2;
                neg3 += w3 - p3;
            }
            long[][] sums = {{pos0, neg0, lost0}, {pos1, neg1, lost1}, {pos2, neg2, lost2}, {pos3, neg3, lost3}};
            for (int j = 0; j < to - from; j++) {
                long positives = sums[j][0];
                long negatives = sums[j][1];
                out[j] = positives == 0 || negatives == 0 ? Double.NaN
                        : 1 - sums[j][2] / (2.0 * positives * negatives);
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
