package io.modellab.evalharness.metrics;

/**
 * Counts of a binary classifier's outcomes at one decision threshold, and the ratios computed from them.
 *
 * <p>Ratios with a zero denominator are 0, as in scikit-learn with {@code zero_division=0}. The counting itself
 * is {@link ConfusionCounts}'s; this is its two-class view with named cells.
 *
 * @param truePositives actual positive, predicted positive
 * @param falsePositives actual negative, predicted positive
 * @param trueNegatives actual negative, predicted negative
 * @param falseNegatives actual positive, predicted negative
 */
public record BinaryConfusion(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {

    /**
     * Counts outcomes row by row.
     *
     * @param actual whether each row is actually positive
     * @param predicted whether each row is predicted positive
     */
    public static BinaryConfusion of(boolean[] actual, boolean[] predicted) {
        Inputs.requireSameLength(actual.length, predicted.length);
        ConfusionCounts counts = new ConfusionCounts(2);
        for (int i = 0; i < actual.length; i++) {
            counts.add(actual[i] ? 1 : 0, predicted[i] ? 1 : 0, 1);
        }
        return of(counts);
    }

    /** The binary view of unweighted two-class counts, class 1 being the positive one. */
    public static BinaryConfusion of(ConfusionCounts counts) {
        if (counts.classes() != 2) {
            throw new IllegalArgumentException("a binary confusion needs two classes, got " + counts.classes());
        }
        return new BinaryConfusion((long) counts.count(1, 1), (long) counts.count(0, 1), (long) counts.count(0, 0),
                (long) counts.count(1, 0));
    }

    /** Counts outcomes with a row predicted positive when its score is at least {@code threshold}. */
    public static BinaryConfusion atThreshold(boolean[] actual, double[] score, double threshold) {
        Inputs.requireSameLength(actual.length, score.length);
        boolean[] predicted = new boolean[score.length];
        for (int i = 0; i < score.length; i++) {
            predicted[i] = score[i] >= threshold;
        }
        return of(actual, predicted);
    }

    /** Number of rows. */
    public long total() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    /** Rows predicted positive. */
    public long predictedPositives() {
        return truePositives + falsePositives;
    }

    /** Rows actually positive. */
    public long actualPositives() {
        return truePositives + falseNegatives;
    }

    /** Share of rows predicted correctly; {@code NaN} for no rows. */
    public double accuracy() {
        long total = total();
        return total == 0 ? Double.NaN : (double) (truePositives + trueNegatives) / total;
    }

    /** TP / (TP + FP), 0 when nothing was predicted positive. */
    public double precision() {
        return ratio(truePositives, predictedPositives());
    }

    /** TP / (TP + FN), 0 when nothing is actually positive. */
    public double recall() {
        return ratio(truePositives, actualPositives());
    }

    /** 2 TP / (2 TP + FP + FN), the harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }
}
