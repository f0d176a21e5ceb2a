package io.modellab.evalharness.metrics;

import io.modellab.evalharness.core.schema.ConfusionMatrix;
import io.modellab.evalharness.core.schema.MetricValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A binary classifier's scores on labelled rows, and the metrics computed from them on all rows or on a subset.
 *
 * <p>A row is predicted positive when its score (the probability of the positive label) is at least the
 * decision threshold. Row positions are those of the arrays given here.
 */
public final class BinaryPredictions {

    /** Share of rows predicted correctly. */
    public static final String ACCURACY = "accuracy";
    /** Area under the ROC curve, ties counted as one half. */
    public static final String ROC_AUC = "roc_auc";
    /** F1 of the positive label. */
    public static final String F1 = "f1";
    /** Precision of the positive label. */
    public static final String PRECISION = "precision";
    /** Recall of the positive label. */
    public static final String RECALL = "recall";

    /** The metrics {@link #metrics(int[])} reports, in order. */
    public static final List<String> METRIC_NAMES = List.of(ACCURACY, ROC_AUC, F1, PRECISION, RECALL);

    private final String positiveLabel;
    private final String negativeLabel;
    private final boolean[] actualPositive;
    private final double[] score;
    private final double threshold;

    /**
     * @param positiveLabel the label scored as positive
     * @param negativeLabel the other label
     * @param actualPositive whether each row's actual label is the positive one
     * @param score each row's probability of the positive label, in [0, 1]
     * @param threshold rows scoring at least this are predicted positive
     */
    public BinaryPredictions(String positiveLabel, String negativeLabel, boolean[] actualPositive, double[] score,
                             double threshold) {
        this.positiveLabel = Objects.requireNonNull(positiveLabel, "positiveLabel");
        this.negativeLabel = Objects.requireNonNull(negativeLabel, "negativeLabel");
        if (positiveLabel.equals(negativeLabel)) {
            throw new IllegalArgumentException("positive and negative label are both \"" + positiveLabel + "\"");
        }
        Inputs.requireSameLength(actualPositive.length, score.length);
        for (int i = 0; i < score.length; i++) {
            if (!(score[i] >= 0 && score[i] <= 1)) {
                throw new IllegalArgumentException("score of row " + i + " is " + score[i] + ", expected a probability in [0, 1]");
            }
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
        this.actualPositive = actualPositive.clone();
        this.score = score.clone();
        this.threshold = threshold;
    }

    /** Number of rows. */
    public int size() {
        return score.length;
    }

    /** The positive label. */
    public String positiveLabel() {
        return positiveLabel;
    }

    /** The negative label. */
    public String negativeLabel() {
        return negativeLabel;
    }

    /** The decision threshold. */
    public double threshold() {
        return threshold;
    }

    /** The probability of the positive label for {@code row}. */
    public double score(int row) {
        return score[row];
    }

    /** Whether {@code row} is predicted positive. */
    public boolean predictedPositive(int row) {
        return score[row] >= threshold;
    }

    /** Whether {@code row} is actually positive. */
    public boolean actualPositive(int row) {
        return actualPositive[row];
    }

    /** Whether the prediction for {@code row} is right. */
    public boolean correct(int row) {
        return predictedPositive(row) == actualPositive[row];
    }

    /** The predicted label of {@code row}. */
    public String predictedLabel(int row) {
        return predictedPositive(row) ? positiveLabel : negativeLabel;
    }

    /** The actual label of {@code row}. */
    public String actualLabel(int row) {
        return actualPositive[row] ? positiveLabel : negativeLabel;
    }

    /** The model's probability for the label it predicted. */
    public double confidence(int row) {
        return predictedPositive(row) ? score[row] : 1 - score[row];
    }

    /** Positions 0..size()-1 by descending score, ties in row order (a linear-time radix sort). */
    public int[] rowsByDescendingScore() {
        return ScoreOrder.descending(score);
    }

    /** Positions 0..size()-1. */
    public int[] allRows() {
        return IntStream.range(0, size()).toArray();
    }

    /** Counts at the threshold on the given rows (repeats count again, as in a bootstrap resample). */
    public BinaryConfusion confusion(int[] rows) {
        ConfusionCounts counts = new ConfusionCounts(2);
        for (int r : rows) {
            counts.add(actualPositive[r] ? 1 : 0, predictedPositive(r) ? 1 : 0, 1);
        }
        return BinaryConfusion.of(counts);
    }

    /** The ROC curve of the given rows; needs both classes among them. */
    public RocCurve rocCurve(int[] rows) {
        return RocCurve.of(gather(actualPositive, rows), gather(score, rows));
    }

    private static boolean[] gather(boolean[] values, int[] rows) {
        boolean[] out = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static double[] gather(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    /**
     * One metric on the given rows.
     *
     * @param name one of {@link #METRIC_NAMES}
     * @return its value, {@code NaN} when undefined (ROC-AUC with one class, accuracy of no rows)
     */
    public double metric(String name, int[] rows) {
        if (ROC_AUC.equals(name)) {
            return RocAuc.of(gather(actualPositive, rows), gather(score, rows));
        }
        BinaryConfusion c = confusion(rows);
        return switch (name) {
            case ACCURACY -> c.accuracy();
            case F1 -> c.f1();
            case PRECISION -> c.precision();
            case RECALL -> c.recall();
            default -> throw new IllegalArgumentException("Metric value not found: " + name + "; known are " + METRIC_NAMES);
        };
    }

    /** Every metric of {@link #METRIC_NAMES} on the given rows, each with how it was averaged or why it is undefined. */
    public List<MetricValue> metrics(int[] rows) {
        return metrics(confusion(rows), metric(ROC_AUC, rows), positiveLabel);
    }

    /**
     * The metrics of {@link #METRIC_NAMES} from their inputs, so that another way of counting (a
     * {@link ScoreHistogram}, slices counted in one pass) reports them with the same notes.
     *
     * @param rocAuc the rows' ROC-AUC, {@code NaN} when only one class is present
     */
    public static List<MetricValue> metrics(BinaryConfusion c, double rocAuc, String positiveLabel) {
        String positive = "positive label " + positiveLabel;
        return List.of(
                ClassificationMetrics.defined(ACCURACY, c.accuracy(), null, "no rows", null),
                ClassificationMetrics.defined(ROC_AUC, rocAuc, null, "undefined: only one class is present", null),
                new MetricValue(F1, c.f1(), "binary", ClassificationMetrics.zero(positive,
                        c.predictedPositives() + c.actualPositives() == 0, "no row predicted or actually " + positiveLabel)),
                new MetricValue(PRECISION, c.precision(), "binary", ClassificationMetrics.zero(positive,
                        c.predictedPositives() == 0, "no row predicted " + positiveLabel)),
                new MetricValue(RECALL, c.recall(), "binary", ClassificationMetrics.zero(positive,
                        c.actualPositives() == 0, "no row is actually " + positiveLabel)));
    }

    /** These rows as classification data: labels negative then positive, probabilities 1 - score and score. */
    public ClassificationData toClassificationData() {
        int[] actual = new int[size()];
        double[][] probabilities = new double[size()][];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = actualPositive[i] ? 1 : 0;
            probabilities[i] = new double[] {1 - score[i], score[i]};
        }
        return ClassificationData.ofIndices(List.of(negativeLabel, positiveLabel), actual, probabilities, null);
    }

    /** The confusion matrix at the threshold on all rows, labels in order negative, positive. */
    public ConfusionMatrix confusionMatrix() {
        BinaryConfusion c = confusion(allRows());
        return new ConfusionMatrix(List.of(negativeLabel, positiveLabel), List.of(
                List.of(c.trueNegatives(), c.falsePositives()),
                List.of(c.falseNegatives(), c.truePositives())));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BinaryPredictions[%d rows, positive %s, threshold %.2f]",
                size(), positiveLabel, threshold);
    }
}
