package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.metrics.BinaryConfusion;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import io.modellab.evalharness.metrics.ConfusionCounts;
import io.modellab.evalharness.metrics.CountBootstrap;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link SliceMetrics#binary}: one pass over the rows by descending score per family.
 *
 * <p>ROC-AUC of a slice is the Mann-Whitney count: for each positive, the negatives below it, plus half of those
 * with an equal score. Walking the rows from the highest score down, a positive that shares its score with no other
 * row ranks below exactly the negatives of its slice seen so far ({@code wrong} pairs); rows that share a score are
 * counted per slice until the last of them, and then each slice's {@code p} positives and {@code n} negatives of that
 * score add {@code p * negativesAbove} wrong pairs and {@code p * n} ties. At the end, {@code below = P * N - wrong -
 * ties}: the integers {@link io.modellab.evalharness.metrics.RocAuc#of} counts, combined by the same formula, so the
 * value has the same bits.
 */
final class BinarySliceMetrics implements SliceMetrics {

    /** A row's place among rows of equal score. */
    private static final byte ALONE = 0;
    private static final byte TIED = 1;
    private static final byte LAST_OF_TIE = 2;

    private final BinaryPredictions predictions;
    private final Bootstrap.Options options;
    /**
     * Each row's place in descending score order, and, in that order, the rows' confusion cells (2 x actual +
     * predicted) and tie places. A family's slice numbers are scattered into score order by row (writes that the
     * processor does not wait for) and then read in order: reading them through the order instead (a random read per
     * row) costs several times more on a busy machine.
     */
    private final int[] rank;
    private final byte[] cell;
    private final byte[] tie;

    BinarySliceMetrics(BinaryPredictions p, Bootstrap.Options options) {
        this.predictions = p;
        this.options = options;
        int[] order = p.rowsByDescendingScore();
        int n = order.length;
        this.rank = new int[n];
        this.cell = new byte[n];
        this.tie = new byte[n];
        for (int k = 0; k < n; k++) {
            rank[order[k]] = k;
        }
        double[] score = new double[n];
        for (int row = 0; row < n; row++) {
            int k = rank[row];
            score[k] = p.score(row);
            cell[k] = (byte) ((p.actualPositive(row) ? 2 : 0) | (p.predictedPositive(row) ? 1 : 0));
        }
        for (int k = 0; k < n; k++) {
            // -0.0 == 0.0: RocAuc counts them one value.
            boolean sameAsNext = k + 1 < n && score[k + 1] == score[k];
            boolean sameAsPrevious = k > 0 && score[k - 1] == score[k];
            tie[k] = sameAsNext ? TIED : sameAsPrevious ? LAST_OF_TIE : ALONE;
        }
    }

    @Override
    public List<Outcome> evaluate(int[] bucketOfRow, int buckets, String headline) {
        if (options != null && !BinaryPredictions.ACCURACY.equals(headline)) {
            throw new IllegalArgumentException("the one-pass binary slices give an interval of "
                    + BinaryPredictions.ACCURACY + " only, not of " + headline);
        }
        long[] cells = new long[4 * buckets];
        long[] negativesAbove = new long[buckets];
        long[] wrongPairs = new long[buckets];
        long[] tiedPairs = new long[buckets];
        long[] tiedPositives = new long[buckets];
        long[] tiedNegatives = new long[buckets];
        int[] touched = new int[buckets];
        int touchedCount = 0;
        int[] bucketInOrder = new int[rank.length];
        for (int row = 0; row < rank.length; row++) {
            bucketInOrder[rank[row]] = bucketOfRow[row];
        }
        for (int k = 0; k < bucketInOrder.length; k++) {
            int b = bucketInOrder[k];
            byte place = tie[k];
            if (b >= 0) {
                int c = cell[k];
                cells[4 * b + c]++;
                boolean positive = c >= 2;
                if (place == ALONE) {
                    if (positive) {
                        wrongPairs[b] += negativesAbove[b];
                    } else {
                        negativesAbove[b]++;
                    }
                } else {
                    if (tiedPositives[b] == 0 && tiedNegatives[b] == 0) {
                        touched[touchedCount++] = b;
                    }
                    if (positive) {
                        tiedPositives[b]++;
                    } else {
                        tiedNegatives[b]++;
                    }
                }
            }
            if (place == LAST_OF_TIE) {
                for (int t = 0; t < touchedCount; t++) {
                    int s = touched[t];
                    wrongPairs[s] += tiedPositives[s] * negativesAbove[s];
                    tiedPairs[s] += tiedPositives[s] * tiedNegatives[s];
                    negativesAbove[s] += tiedNegatives[s];
                    tiedPositives[s] = 0;
                    tiedNegatives[s] = 0;
                }
                touchedCount = 0;
            }
        }
        List<Outcome> out = new ArrayList<>(buckets);
        for (int b = 0; b < buckets; b++) {
            // Cells: 0 true negative, 1 false positive, 2 false negative, 3 true positive.
            BinaryConfusion c = new BinaryConfusion(cells[4 * b + 3], cells[4 * b + 1], cells[4 * b],
                    cells[4 * b + 2]);
            int size = (int) c.total();
            if (size == 0) {
                out.add(new Outcome(0, List.of(), null));
                continue;
            }
            long positives = c.actualPositives();
            long negatives = size - positives;
            long below = positives * negatives - wrongPairs[b] - tiedPairs[b];
            double rocAuc = positives == 0 || negatives == 0 ? Double.NaN
                    : (below + tiedPairs[b] / 2.0) / ((double) positives * negatives);
            List<MetricValue> metrics = BinaryPredictions.metrics(c, rocAuc, predictions.positiveLabel());
            out.add(new Outcome(size, metrics, options == null ? null : accuracyInterval(c)));
        }
        return out;
    }

    /** The confusion-count bootstrap of {@link SliceInterval#accuracy}, from the same four counts. */
    private BootstrapInterval accuracyInterval(BinaryConfusion c) {
        ConfusionCounts counts = new ConfusionCounts(2);
        counts.add(1, 1, c.truePositives());
        counts.add(0, 1, c.falsePositives());
        counts.add(0, 0, c.trueNegatives());
        counts.add(1, 0, c.falseNegatives());
        return CountBootstrap.interval(counts, options, ConfusionCounts::accuracy);
    }
}
