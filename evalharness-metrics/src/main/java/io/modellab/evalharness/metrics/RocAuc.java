package io.modellab.evalharness.metrics;


/**
 * Area under the ROC curve: the probability that a random positive row scores above a random negative one,
 * counting ties as one half (the Mann-Whitney statistic, equal to scikit-learn's {@code roc_auc_score}).
 * Positives and negatives are radix-sorted apart and merged once.
 */
public final class RocAuc {

    private RocAuc() {
    }

    /**
     * Computes ROC-AUC in linear time (radix sorts).
     *
     * @param actual whether each row is actually positive
     * @param score each row's score, higher meaning more likely positive
     * @return the area, or {@code NaN} when only one class is present
     */
    public static double of(boolean[] actual, double[] score) {
        Inputs.requireSameLength(actual.length, score.length);
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
        long[] pos = new long[positives];
        long[] neg = new long[negatives];
        int p = 0;
        int q = 0;
        for (int i = 0; i < actual.length; i++) {
            if (Double.isNaN(score[i])) {
                throw new IllegalArgumentException("score of row " + i + " is NaN");
            }
            long key = ScoreOrder.ascendingKey(score[i] == 0 ? 0.0 : score[i]);
            if (actual[i]) {
                pos[p++] = key;
            } else {
                neg[q++] = key;
            }
        }
        ScoreOrder.sort(pos, null);
        ScoreOrder.sort(neg, null);
        // For each positive (ascending), count negatives strictly below it and equal to it.
        long below = 0;
        long equal2 = 0;
        int lo = 0;
        int hi = 0;
        for (long s : pos) {
            while (lo < negatives && Long.compareUnsigned(neg[lo], s) < 0) {
                lo++;
            }
            if (hi < lo) {
                hi = lo;
            }
            while (hi < negatives && Long.compareUnsigned(neg[hi], s) <= 0) {
                hi++;
            }
            below += lo;
            equal2 += hi - lo;
        }
        return (below + equal2 / 2.0) / ((double) positives * negatives);
    }
}
