package io.modellab.evalharness.metrics;

/**
 * The bootstrap of ROC-AUC and average precision in one sort and one pass per replicate.
 *
 * <p>Rows are sorted by score once and grouped by tied score. Each replicate then gives every row a Poisson(1)
 * count, a function of (seed, replicate, row) alone (the Poisson bootstrap: the n-row multinomial resample's
 * counts, made independent so that rows can be visited in any order, on any thread or machine), and one pass over
 * the sorted rows computes the weighted metric. Its intervals agree with the row bootstrap's as n grows; for small
 * sets (a few hundred rows) prefer {@link Bootstrap#percentile}, whose resamples always have exactly n rows.
 */
public final class RankBootstrap {

    /** The method, as written into confidence_intervals.json. */
    public static final String METHOD = "percentile_poisson_bootstrap";

    private RankBootstrap() {
    }

    /** A percentile interval of ROC-AUC. */
    public static BootstrapInterval rocAuc(boolean[] actual, double[] score, Bootstrap.Options options) {
        Sorted sorted = new Sorted(actual, score);
        double[] values = Bootstrap.replicates(options, b -> sorted.rocAuc(options.seed(), b));
        return Bootstrap.summarize(RocAuc.of(actual, score), values, options, METHOD);
    }

    /** A percentile interval of average precision. */
    public static BootstrapInterval averagePrecision(boolean[] actual, double[] score, Bootstrap.Options options) {
        Sorted sorted = new Sorted(actual, score);
        double[] values = Bootstrap.replicates(options, b -> sorted.averagePrecision(options.seed(), b));
        return Bootstrap.summarize(RankMetrics.averagePrecision(actual, score, null), values, options, METHOD);
    }

    /** Rows in descending score order with the index where each tie group ends. */
    static final class Sorted {
        final int[] order;
        final boolean[] positive;
        /** groupEnd[i] is true when sorted position i is the last of its tie group. */
        final boolean[] groupEnd;

        Sorted(boolean[] actual, double[] score) {
            BinaryConfusion.requireSameLength(actual.length, score.length);
            order = ScoreOrder.descending(score);
            positive = new boolean[order.length];
            groupEnd = new boolean[order.length];
            for (int i = 0; i < order.length; i++) {
                positive[i] = actual[order[i]];
                groupEnd[i] = i == order.length - 1 || score[order[i]] != score[order[i + 1]];
            }
        }

        /**
         * ROC-AUC of replicate {@code b}: 1 - S / (P N) with S = sum over groups of pos_g (negatives above + neg_g / 2),
         * the weighted pairs a positive does not win.
         */
        double rocAuc(long seed, int b) {
            double negativesAbove = 0;
            double groupPositive = 0;
            double groupNegative = 0;
            double positives = 0;
            double lost = 0;
            for (int i = 0; i < order.length; i++) {
                int w = Randoms.poissonOne(seed, b, order[i]);
                if (positive[i]) {
                    groupPositive += w;
                } else {
                    groupNegative += w;
                }
                if (groupEnd[i]) {
                    lost += groupPositive * (negativesAbove + 0.5 * groupNegative);
                    positives += groupPositive;
                    negativesAbove += groupNegative;
                    groupPositive = 0;
                    groupNegative = 0;
                }
            }
            double negatives = negativesAbove;
            return positives == 0 || negatives == 0 ? Double.NaN : 1 - lost / (positives * negatives);
        }

        /** Average precision of replicate {@code b}: sum over groups of the recall gained times the precision there. */
        double averagePrecision(long seed, int b) {
            double tp = 0;
            double fp = 0;
            double groupPositive = 0;
            double sum = 0;
            for (int i = 0; i < order.length; i++) {
                int w = Randoms.poissonOne(seed, b, order[i]);
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
