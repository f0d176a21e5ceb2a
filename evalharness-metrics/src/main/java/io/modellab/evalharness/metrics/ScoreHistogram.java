package io.modellab.evalharness.metrics;

import io.modellab.evalharness.core.schema.ConfusionMatrix;
import io.modellab.evalharness.core.schema.MetricValue;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.List;

/**
 * The exact histogram of a binary classifier's distinct scores: for each distinct score, how many actually positive
 * and how many actually negative rows have it. A mergeable accumulator ({@link #add}, {@link #merge}) from which
 * every metric of {@link BinaryPredictions} and of {@link ClassificationMetrics#binary} follows, rank metrics
 * included, because a binary classifier's metrics depend on a row only through its score and its class.
 *
 * <p>Counts are whole numbers, so two histograms over parts of the rows merge into the histogram of all of them
 * exactly, in any order; the metrics are then computed on the groups in descending score order. So the result does
 * not depend on how rows were split between threads or machines (the Spark path's partitions): same bytes. It
 * equals the row-wise computation to about 1e-15; ROC-AUC equals {@link RocAuc#of} bit for bit.
 *
 * <p>Memory grows with the number of distinct scores (48 to 96 bytes each), not with rows: exact for any data, and
 * small where scores repeat (tree ensembles, float32 or rounded probabilities). {@code -0.0} and {@code 0.0} are one
 * score; NaN is refused.
 */
public final class ScoreHistogram implements Serializable {

    private static final long serialVersionUID = 1L;
    /** An empty slot: NaN's canonical bits, never a key since NaN scores are refused. */
    private static final long EMPTY = Double.doubleToRawLongBits(Double.NaN);

    private long[] keys = emptyKeys(16);
    private long[] positives = new long[16];
    private long[] negatives = new long[16];
    private int size;

    /** Counts one row. */
    public void add(double score, boolean positive) {
        add(score, positive, 1);
    }

    /**
     * Counts {@code count} rows of one score and class.
     *
     * @throws IllegalArgumentException for a NaN score or a negative count
     */
    public void add(double score, boolean positive, long count) {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score is NaN");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + ", expected >= 0");
        }
        int slot = slot(Double.doubleToRawLongBits(score == 0 ? 0.0 : score));
        if (positive) {
            positives[slot] = Math.addExact(positives[slot], count);
        } else {
            negatives[slot] = Math.addExact(negatives[slot], count);
        }
    }

    /** Adds another histogram's counts. */
    public void merge(ScoreHistogram other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != EMPTY) {
                int slot = slot(other.keys[i]);
                positives[slot] = Math.addExact(positives[slot], other.positives[i]);
                negatives[slot] = Math.addExact(negatives[slot], other.negatives[i]);
            }
        }
    }

    /** Number of distinct scores. */
    public int distinctScores() {
        return size;
    }

    /** Rows counted. */
    public long rows() {
        return actualPositives() + actualNegatives();
    }

    /** Rows actually positive. */
    public long actualPositives() {
        long sum = 0;
        for (long p : positives) {
            sum += p;
        }
        return sum;
    }

    /** Rows actually negative. */
    public long actualNegatives() {
        long sum = 0;
        for (long n : negatives) {
            sum += n;
        }
        return sum;
    }

    /**
     * The groups of equal score, highest score first.
     *
     * @param score each group's score, descending
     * @param positives each group's actually positive rows
     * @param negatives each group's actually negative rows
     */
    public record Groups(double[] score, long[] positives, long[] negatives) {
    }

    /** The groups of equal score, highest first: the order every metric here is computed in. */
    public Groups descending() {
        long[] sortKeys = new long[size];
        int[] slots = new int[size];
        int j = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                sortKeys[j] = ~ScoreOrder.ascendingKey(Double.longBitsToDouble(keys[i]));
                slots[j++] = i;
            }
        }
        ScoreOrder.sort(sortKeys, slots);
        double[] score = new double[size];
        long[] pos = new long[size];
        long[] neg = new long[size];
        for (int g = 0; g < size; g++) {
            score[g] = Double.longBitsToDouble(keys[slots[g]]);
            pos[g] = positives[slots[g]];
            neg[g] = negatives[slots[g]];
        }
        return new Groups(score, pos, neg);
    }

    /** The confusion counts with a row predicted positive when its score is at least {@code threshold}. */
    public ConfusionCounts confusion(double threshold) {
        long[] cells = new long[4];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                int predicted = Double.longBitsToDouble(keys[i]) >= threshold ? 1 : 0;
                cells[2 + predicted] += positives[i];
                cells[predicted] += negatives[i];
            }
        }
        ConfusionCounts counts = new ConfusionCounts(2);
        for (int cell = 0; cell < 4; cell++) {
            counts.add(cell / 2, cell % 2, cells[cell]);
        }
        return counts;
    }

    /** ROC-AUC, ties counting one half; NaN with one class. Equal to {@link RocAuc#of} on the rows. */
    public double rocAuc() {
        Groups groups = descending();
        return rocAuc(groups.positives(), groups.negatives());
    }

    /**
     * ROC-AUC of groups of tied scores given in descending score order, each with its positive and negative weight
     * (whole numbers: row counts, or a bootstrap replicate's Poisson counts); ties count one half. Computed as
     * {@link RocAuc#of} does (negatives strictly below each positive plus half those tied, in 64-bit integers), so
     * the unweighted value is the same bits. Where the pair counts outgrow 64 bits (billions of rows) they are
     * counted exactly in {@link BigInteger}s and rounded the same way, so the value is still the exact one rounded.
     *
     * @return the area, or NaN when one class has no weight
     */
    public static double rocAuc(long[] groupPositive, long[] groupNegative) {
        Inputs.requireSameLength(groupPositive.length, groupNegative.length);
        long positives = 0;
        long negatives = 0;
        for (int g = 0; g < groupPositive.length; g++) {
            positives += groupPositive[g];
            negatives += groupNegative[g];
        }
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        long below = 0;
        long equal2 = 0;
        long negativesBelow = negatives;
        try {
            for (int g = 0; g < groupPositive.length; g++) {
                negativesBelow -= groupNegative[g];
                below = Math.addExact(below, Math.multiplyExact(groupPositive[g], negativesBelow));
                equal2 = Math.addExact(equal2, Math.multiplyExact(groupPositive[g], groupNegative[g]));
            }
        } catch (ArithmeticException beyond64Bits) {
            return rocAucOfBigCounts(groupPositive, groupNegative, positives, negatives);
        }
        return (below + equal2 / 2.0) / ((double) positives * negatives);
    }

    /** {@link #rocAuc(long[], long[])} where its pair counts overflow 64 bits: the same sums, exact, rounded alike. */
    private static double rocAucOfBigCounts(long[] groupPositive, long[] groupNegative, long positives,
                                            long negatives) {
        BigInteger below = BigInteger.ZERO;
        BigInteger equal2 = BigInteger.ZERO;
        long negativesBelow = negatives;
        for (int g = 0; g < groupPositive.length; g++) {
            negativesBelow -= groupNegative[g];
            BigInteger groupPositives = BigInteger.valueOf(groupPositive[g]);
            below = below.add(groupPositives.multiply(BigInteger.valueOf(negativesBelow)));
            equal2 = equal2.add(groupPositives.multiply(BigInteger.valueOf(groupNegative[g])));
        }
        return (below.doubleValue() + equal2.doubleValue() / 2.0) / ((double) positives * negatives);
    }

    /**
     * The metrics {@link BinaryPredictions#metrics} reports (accuracy, ROC-AUC, F1, precision, recall), with the
     * same notes.
     */
    public List<MetricValue> metrics(String positiveLabel, double threshold) {
        return BinaryPredictions.metrics(BinaryConfusion.of(confusion(threshold)), rocAuc(), positiveLabel);
    }

    /** The confusion matrix at the threshold, labels in order negative, positive, as {@link BinaryPredictions} gives it. */
    public ConfusionMatrix confusionMatrix(String negativeLabel, String positiveLabel, double threshold) {
        BinaryConfusion c = BinaryConfusion.of(confusion(threshold));
        return new ConfusionMatrix(List.of(negativeLabel, positiveLabel), List.of(
                List.of(c.trueNegatives(), c.falsePositives()),
                List.of(c.falseNegatives(), c.truePositives())));
    }

    /**
     * The binary suite of {@link ClassificationMetrics#binary} (labels negative then positive, probabilities
     * {@code 1 - score} and {@code score}, as {@link BinaryPredictions#toClassificationData()} gives them), computed
     * on one weighted row per (score, class) group, the weight being its row count.
     */
    public ClassificationMetrics.Report suite(String negativeLabel, String positiveLabel, double threshold) {
        WeightedRows rows = weightedRows();
        int n = rows.score().length;
        int[] actual = new int[n];
        double[][] probabilities = new double[n][];
        for (int i = 0; i < n; i++) {
            actual[i] = rows.positive()[i] ? 1 : 0;
            probabilities[i] = new double[] {1 - rows.score()[i], rows.score()[i]};
        }
        return ClassificationMetrics.binary(
                ClassificationData.ofIndices(List.of(negativeLabel, positiveLabel), actual, probabilities,
                        rows.weight()), 1, threshold);
    }

    /**
     * The ROC curve {@link RocCurve#of} gives the rows, point for point: one point per distinct score.
     *
     * @throws IllegalArgumentException when only one class is present
     */
    public RocCurve rocCurve() {
        long positives = actualPositives();
        long negatives = actualNegatives();
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("the ROC curve needs both classes; got " + positives
                    + " positive and " + negatives + " negative rows");
        }
        Groups groups = descending();
        double[] fpr = new double[size + 1];
        double[] tpr = new double[size + 1];
        long tp = 0;
        long fp = 0;
        for (int g = 0; g < size; g++) {
            tp += groups.positives()[g];
            fp += groups.negatives()[g];
            fpr[g + 1] = (double) fp / negatives;
            tpr[g + 1] = (double) tp / positives;
        }
        return new RocCurve(fpr, tpr);
    }

    /** The precision-recall curve of {@link RankMetrics#prCurve} on the rows; {@code null} without positives. */
    public RankMetrics.PrCurve prCurve() {
        WeightedRows rows = weightedRows();
        return RankMetrics.prCurve(rows.positive(), rows.score(), rows.weight());
    }

    /** Average precision, as {@link RankMetrics#averagePrecision} gives it on the rows; NaN without positives. */
    public double averagePrecision() {
        WeightedRows rows = weightedRows();
        return RankMetrics.averagePrecision(rows.positive(), rows.score(), rows.weight());
    }

    /** One weighted row per (score, class) group with rows, its weight the group's row count; positives first. */
    private record WeightedRows(double[] score, boolean[] positive, double[] weight) {
    }

    private WeightedRows weightedRows() {
        Groups groups = descending();
        int n = 0;
        for (int g = 0; g < size; g++) {
            n += (groups.positives()[g] > 0 ? 1 : 0) + (groups.negatives()[g] > 0 ? 1 : 0);
        }
        double[] score = new double[n];
        boolean[] positive = new boolean[n];
        double[] weights = new double[n];
        int i = 0;
        for (int g = 0; g < size; g++) {
            for (int c = 1; c >= 0; c--) {
                long count = c == 1 ? groups.positives()[g] : groups.negatives()[g];
                if (count > 0) {
                    score[i] = groups.score()[g];
                    positive[i] = c == 1;
                    weights[i++] = count;
                }
            }
        }
        return new WeightedRows(score, positive, weights);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) Randoms.mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
            return slot(key);
        }
        keys[i] = key;
        size++;
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldPositives = positives;
        long[] oldNegatives = negatives;
        keys = emptyKeys(oldKeys.length * 2);
        positives = new long[keys.length];
        negatives = new long[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                positives[slot] = oldPositives[i];
                negatives[slot] = oldNegatives[i];
            }
        }
    }

    private static long[] emptyKeys(int length) {
        long[] k = new long[length];
        java.util.Arrays.fill(k, EMPTY);
        return k;
    }
}
