package io.modellab.evalharness.metrics;

/**
 * Metrics of how well a score ranks positive rows above negative ones, optionally weighted, all from one sort:
 * ROC-AUC, average precision (the area under the precision-recall curve as scikit-learn's
 * {@code average_precision_score} defines it: the sum over thresholds of the recall gained times the precision
 * there) and the threshold that maximises F1.
 *
 * <p>Rows with equal scores form one threshold, as in scikit-learn. A value that is undefined (one class only)
 * is NaN.
 */
public final class RankMetrics {

    private RankMetrics() {
    }

    /**
     * The threshold with the highest F1 (ties: the lowest such threshold), and accuracy there.
     *
     * @param threshold predict positive when the score is at least this
     * @param f1 F1 at that threshold
     * @param accuracy accuracy at that threshold
     */
    public record BestF1(double threshold, double f1, double accuracy) {
    }

    /**
     * ROC-AUC, average precision and the best-F1 threshold of one set of scores, from a single sort.
     *
     * @param rocAuc ROC-AUC, NaN with one class
     * @param averagePrecision average precision, NaN without positives
     * @param bestF1 the best-F1 threshold, {@code null} without positives
     */
    public record Summary(double rocAuc, double averagePrecision, BestF1 bestF1) {
    }

    /** All three rank metrics with one sort (row weights {@code null} for none). */
    public static Summary summary(boolean[] actual, double[] score, double[] weights) {
        Pass pass = new Pass(actual, score, weights);
        // Unweighted ROC-AUC comes from RocAuc, whose integer counts every other report of it also uses.
        return new Summary(weights == null ? RocAuc.of(actual, score) : pass.rocAuc(), pass.averagePrecision(),
                pass.bestF1());
    }

    /**
     * The precision-recall curve as scikit-learn 1.2's {@code precision_recall_curve} gives it: one point per
     * distinct score used as threshold, thresholds increasing, then the point (recall 0, precision 1) with no
     * threshold.
     *
     * @param thresholds increasing thresholds, one fewer than the points
     * @param precision precision at each threshold, then 1
     * @param recall recall at each threshold, then 0
     */
    public record PrCurve(double[] thresholds, double[] precision, double[] recall) {
    }

    /** The precision-recall curve with row weights ({@code null} for none); {@code null} without positives. */
    public static PrCurve prCurve(boolean[] actual, double[] score, double[] weights) {
        Pass pass = new Pass(actual, score, weights);
        if (pass.positives == 0) {
            return null;
        }
        double tp = 0;
        double fp = 0;
        double[] tps = new double[pass.groups];
        double[] fps = new double[pass.groups];
        for (int g = 0; g < pass.groups; g++) {
            tp += pass.groupPositive[g];
            fp += pass.groupNegative[g];
            tps[g] = tp;
            fps[g] = fp;
        }
        int points = pass.groups;
        int last = points - 1;
        double[] thresholds = new double[points];
        double[] precision = new double[points + 1];
        double[] recall = new double[points + 1];
        for (int i = 0; i < points; i++) {
            int g = last - i;
            thresholds[i] = pass.groupScore[g];
            double predicted = tps[g] + fps[g];
            precision[i] = predicted == 0 ? 0 : tps[g] / predicted;
            recall[i] = tps[g] / tp;
        }
        precision[points] = 1;
        recall[points] = 0;
        return new PrCurve(thresholds, precision, recall);
    }

    /** ROC-AUC with row weights ({@code null} for none); ties count one half. */
    public static double rocAuc(boolean[] actual, double[] score, double[] weights) {
        if (weights == null) {
            return RocAuc.of(actual, score);
        }
        return new Pass(actual, score, weights).rocAuc();
    }

    /** Average precision with row weights ({@code null} for none); NaN without positives. */
    public static double averagePrecision(boolean[] actual, double[] score, double[] weights) {
        return new Pass(actual, score, weights).averagePrecision();
    }

    /** Rows grouped by distinct score, highest first, with the positive and negative weight of each group. */
    private static final class Pass {
        final double[] groupScore;
        final double[] groupPositive;
        final double[] groupNegative;
        final int groups;
        final double positives;
        final double negatives;

        Pass(boolean[] actual, double[] score, double[] weights) {
            Inputs.requireSameLength(actual.length, score.length);
            if (weights != null) {
                Inputs.requireSameLength(actual.length, weights.length);
            }
            int[] order = ScoreOrder.descending(score);
            groupScore = new double[order.length];
            groupPositive = new double[order.length];
            groupNegative = new double[order.length];
            int g = -1;
            double pos = 0;
            double neg = 0;
            for (int i = 0; i < order.length; i++) {
                int r = order[i];
                double w = weights == null ? 1.0 : weights[r];
                if (w == 0) {
                    continue; // a row of weight 0 is no threshold, as scikit-learn drops it
                }
                if (g < 0 || score[r] != groupScore[g]) {
                    groupScore[++g] = score[r];
                }
                if (actual[r]) {
                    groupPositive[g] += w;
                    pos += w;
                } else {
                    groupNegative[g] += w;
                    neg += w;
                }
            }
            groups = g + 1;
            positives = pos;
            negatives = neg;
        }

        double rocAuc() {
            if (positives == 0 || negatives == 0) {
                return Double.NaN;
            }
            // Walking from the highest score down: each positive group loses to the negatives already passed and
            // to half of the negatives tied with it.
            double negativesAbove = 0;
            double lost = 0;
            for (int g = 0; g < groups; g++) {
                lost += groupPositive[g] * (negativesAbove + 0.5 * groupNegative[g]);
                negativesAbove += groupNegative[g];
            }
            return 1 - lost / (positives * negatives);
        }

        double averagePrecision() {
            if (positives == 0) {
                return Double.NaN;
            }
            double tp = 0;
            double fp = 0;
            double ap = 0;
            for (int g = 0; g < groups; g++) {
                tp += groupPositive[g];
                fp += groupNegative[g];
                if (groupPositive[g] > 0) {
                    ap += groupPositive[g] / positives * (tp / (tp + fp));
                }
            }
            return ap;
        }

        BestF1 bestF1() {
            if (positives == 0) {
                return null;
            }
            double tp = 0;
            double fp = 0;
            BestF1 best = null;
            for (int g = 0; g < groups; g++) {
                tp += groupPositive[g];
                fp += groupNegative[g];
                double fn = positives - tp;
                double f1 = tp == 0 ? 0.0 : 2 * tp / (2 * tp + fp + fn);
                if (best == null || f1 >= best.f1()) {
                    best = new BestF1(groupScore[g], f1, (tp + negatives - fp) / (positives + negatives));
                }
            }
            return best;
        }
    }
}
