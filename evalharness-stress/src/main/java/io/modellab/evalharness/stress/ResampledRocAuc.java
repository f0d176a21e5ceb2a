package io.modellab.evalharness.stress;

import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.RocAuc;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * ROC-AUC of resamples of one set of predictions, without sorting each resample: the rows are sorted by score once,
 * and a resample only counts how often it drew each row. The same integer counts as {@link RocAuc#of} give the same
 * value to the last bit, at a fraction of the cost; the sweep computes thousands of resamples per table row.
 */
final class ResampledRocAuc implements ToDoubleFunction<int[]> {

    private final boolean[] actual;
    /** Row positions by ascending score. */
    private final int[] ascending;
    /** Whether {@code ascending[i]} scores higher than {@code ascending[i - 1]}. */
    private final boolean[] startsGroup;

    ResampledRocAuc(BinaryPredictions predictions) {
        int n = predictions.size();
        actual = new boolean[n];
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = predictions.actualPositive(i);
            // -0.0 and 0.0 tie, as in RocAuc.
            score[i] = predictions.score(i) == 0 ? 0.0 : predictions.score(i);
        }
        ascending = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble(i -> score[i])).mapToInt(Integer::intValue).toArray();
        startsGroup = new boolean[n];
        for (int i = 0; i < n; i++) {
            startsGroup[i] = i == 0 || score[ascending[i]] != score[ascending[i - 1]];
        }
    }

    /** ROC-AUC of the rows {@code rows} (with repeats), {@code NaN} when they hold one class only. */
    @Override
    public double applyAsDouble(int[] rows) {
        int[] drawn = new int[actual.length];
        for (int r : rows) {
            drawn[r]++;
        }
        long positives = 0;
        long negatives = 0;
        long below = 0;
        long equal2 = 0;
        long groupPositives = 0;
        long groupNegatives = 0;
        for (int i = 0; i < ascending.length; i++) {
            if (startsGroup[i]) {
                // Close the group of equal scores below: its positives beat every negative under the group.
                below += groupPositives * negatives;
                equal2 += groupPositives * groupNegatives;
                positives += groupPositives;
                negatives += groupNegatives;
                groupPositives = 0;
                groupNegatives = 0;
            }
            int row = ascending[i];
            if (actual[row]) {
                groupPositives += drawn[row];
            } else {
                groupNegatives += drawn[row];
            }
        }
        below += groupPositives * negatives;
        equal2 += groupPositives * groupNegatives;
        positives += groupPositives;
        negatives += groupNegatives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (below + equal2 / 2.0) / ((double) positives * negatives);
    }
}
