package io.modellab.evalharness.metrics;

import java.math.BigInteger;

/**
 * Every leave-one-out ROC-AUC in one pass over rows already sorted by score, for the BCa interval's acceleration.
 *
 * <p>A row's placement value is how many rows of the other class it beats, ties counted half: for a positive, the
 * negatives scored lower; for a negative, the positives scored higher (the pairs it loses). Their sum over either
 * class is W = AUC x P x N, so leaving out a positive with placement V gives (W - V) / ((P - 1) N) and leaving out
 * a negative with placement U gives (W - U) / (P (N - 1)): n values in O(n), where recomputing would cost
 * O(n log n) each. Placements are counted twice over, as whole numbers, so only the last division rounds.
 */
final class RocAucJackknife {

    private RocAucJackknife() {
    }

    /**
     * Value {@code i} is the ROC-AUC without row {@code i} (in the rows' original order), NaN where leaving it out
     * leaves one class only.
     */
    static double[] leaveOneOut(RankBootstrap.Sorted sorted) {
        int n = sorted.row.length;
        long positives = 0;
        for (boolean p : sorted.positive) {
            positives += p ? 1 : 0;
        }
        long negatives = n - positives;
        // Twice each row's placement, by tie group: rows in descending score order, so the groups before this one
        // scored higher.
        long[] twicePlacement = new long[n];
        long positivesAbove = 0;
        long negativesAbove = 0;
        long twiceW = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            while (!sorted.groupEnd[end]) {
                end++;
            }
            long groupPositives = 0;
            for (int i = start; i <= end; i++) {
                groupPositives += sorted.positive[i] ? 1 : 0;
            }
            long groupNegatives = end - start + 1 - groupPositives;
            for (int i = start; i <= end; i++) {
                if (sorted.positive[i]) {
                    twicePlacement[i] = 2 * (negatives - negativesAbove - groupNegatives) + groupNegatives;
                    twiceW += twicePlacement[i];
                } else {
                    twicePlacement[i] = 2 * positivesAbove + groupPositives;
                }
            }
            positivesAbove += groupPositives;
            negativesAbove += groupNegatives;
            start = end + 1;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            long p = positives - (sorted.positive[i] ? 1 : 0);
            long q = negatives - (sorted.positive[i] ? 0 : 1);
            out[sorted.row[i]] = p == 0 || q == 0 ? Double.NaN : (twiceW - twicePlacement[i]) / (2.0 * p * q);
        }
        return out;
    }

    /**
     * The same leave-one-out values from an exact histogram of distinct scores, each with its multiplicity: every
     * positive (negative) of a tie group leaves the same value behind, so a histogram of g groups gives at most 2 g
     * values. Each value is the bits {@link #leaveOneOut} gives its rows. Where W outgrows 64 bits (billions of rows),
     * it and each difference are exact {@link BigInteger}s, rounded once.
     */
    static Bca.Jackknife ofHistogram(ScoreHistogram.Groups groups) {
        long[] pos = groups.positives();
        long[] neg = groups.negatives();
        long positives = 0;
        long negatives = 0;
        for (int g = 0; g < pos.length; g++) {
            positives += pos[g];
            negatives += neg[g];
        }
        long[] twicePositivePlacement = new long[pos.length];
        long[] twiceNegativePlacement = new long[pos.length];
        long positivesAbove = 0;
        long negativesAbove = 0;
        for (int g = 0; g < pos.length; g++) {
            twicePositivePlacement[g] = 2 * (negatives - negativesAbove - neg[g]) + neg[g];
            twiceNegativePlacement[g] = 2 * positivesAbove + pos[g];
            positivesAbove += pos[g];
            negativesAbove += neg[g];
        }
        long twiceW = 0;
        BigInteger bigTwiceW = null;
        try {
            for (int g = 0; g < pos.length; g++) {
                twiceW = Math.addExact(twiceW, Math.multiplyExact(pos[g], twicePositivePlacement[g]));
            }
        } catch (ArithmeticException beyond64Bits) {
            bigTwiceW = BigInteger.ZERO;
            for (int g = 0; g < pos.length; g++) {
                bigTwiceW = bigTwiceW.add(BigInteger.valueOf(pos[g]).multiply(
                        BigInteger.valueOf(twicePositivePlacement[g])));
            }
        }
        double[] values = new double[2 * pos.length];
        double[] weights = new double[2 * pos.length];
        int j = 0;
        for (int g = 0; g < pos.length; g++) {
            if (pos[g] > 0) {
                long p = positives - 1;
                values[j] = p == 0 || negatives == 0 ? Double.NaN
                        : difference(twiceW, bigTwiceW, twicePositivePlacement[g]) / (2.0 * p * negatives);
                weights[j++] = pos[g];
            }
            if (neg[g] > 0) {
                long q = negatives - 1;
                values[j] = positives == 0 || q == 0 ? Double.NaN
                        : difference(twiceW, bigTwiceW, twiceNegativePlacement[g]) / (2.0 * positives * q);
                weights[j++] = neg[g];
            }
        }
        return new Bca.Jackknife(java.util.Arrays.copyOf(values, j), java.util.Arrays.copyOf(weights, j));
    }

    /** 2W minus twice a placement, rounded once to a double: in 64 bits while 2W fits, as {@link #leaveOneOut} does. */
    private static double difference(long twiceW, BigInteger bigTwiceW, long twicePlacement) {
        return bigTwiceW == null ? twiceW - twicePlacement
                : bigTwiceW.subtract(BigInteger.valueOf(twicePlacement)).doubleValue();
    }
}
