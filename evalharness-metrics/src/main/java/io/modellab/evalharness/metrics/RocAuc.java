package io.modellab.evalharness.metrics;

import java.util.Arrays;

/**
 * Area under the ROC curve: the probability that a random positive row scores above a random negative one,
 * counting ties as one half (the Mann-Whitney statistic, equal to scikit-learn's {@code roc_auc_score}).
 */
public final class RocAuc {

    private RocAuc() {
    }

    /**
     * Computes ROC-AUC in O(n log n).
     *
     * @param actual whether each row is actually positive
     * @param score each row's score, higher meaning more likely positive
     * @return the area, or {@code NaN} when only one class is present
     */
    public static double of(boolean[] actual, double[] score) {
        BinaryConfusion.requireSameLength(actual.length, score.length);
        int positives = 0;
        for (boolean a : actual) {
            if (a) {
                positives++;
            }
        }
        int negatives = actual.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double[] pos = new double[positives];
        double[] neg = new double[negatives];
        int p = 0;
        int q = 0;
        for (int i = 0; i < actual.length; i++) {
            if (Double.isNaN(score[i])) {
                throw new IllegalArgumentException("score of row " + i + " is NaN");
            }
            if (actual[i]) {
                pos[p++] = score[i];
            } else {
                neg[q++] = score[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        // For each positive (ascending), count negatives strictly below it and equal to it.
        long below = 0;
        long equal2 = 0;
        int lo = 0;
        int hi = 0;
        for (double s : pos) {
            while (lo < negatives && neg[lo] < s) {
                lo++;
            }
            if (hi < lo) {
                hi = lo;
            }
            while (hi < negatives && neg[hi] <= s) {
                hi++;
            }
            below += lo;
            equal2 += hi - lo;
        }
        return (below + equal2 / 2.0) / ((double) positives * negatives);
    }
}
