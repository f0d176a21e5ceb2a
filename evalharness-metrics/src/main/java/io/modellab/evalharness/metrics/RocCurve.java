package io.modellab.evalharness.metrics;

import java.util.Arrays;

/**
 * The ROC curve: false and true positive rates at every distinct score used as threshold, from (0, 0) up,
 * as scikit-learn's {@code roc_curve(..., drop_intermediate=False)} gives them.
 *
 * @param falsePositiveRate x of each point
 * @param truePositiveRate y of each point
 */
public record RocCurve(double[] falsePositiveRate, double[] truePositiveRate) {

    /**
     * Computes the curve.
     *
     * @throws IllegalArgumentException when only one class is present (the curve is undefined)
     */
    public static RocCurve of(boolean[] actual, double[] score) {
        Inputs.requireSameLength(actual.length, score.length);
        int positives = 0;
        for (boolean a : actual) {
            positives += a ? 1 : 0;
        }
        int negatives = actual.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("the ROC curve needs both classes; got " + positives
                    + " positive and " + negatives + " negative rows");
        }
        int[] order = ScoreOrder.descending(score);
        double[] fpr = new double[score.length + 1];
        double[] tpr = new double[score.length + 1];
        int points = 1;
        long tp = 0;
        long fp = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (actual[i]) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfTie = k == order.length - 1 || score[order[k + 1]] != score[i];
            if (lastOfTie) {
                fpr[points] = (double) fp / negatives;
                tpr[points] = (double) tp / positives;
                points++;
            }
        }
        return new RocCurve(Arrays.copyOf(fpr, points), Arrays.copyOf(tpr, points));
    }
}
