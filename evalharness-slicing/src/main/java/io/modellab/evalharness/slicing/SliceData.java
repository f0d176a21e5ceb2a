package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.metrics.BinaryPredictions;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a slice definition can read about each evaluated row: its feature cells, and, depending on the task, the
 * model's confidence, the actual and predicted labels, and the numeric target. Row positions are the table's.
 *
 * <p>Kinds that need a value this data lacks (a confidence slice of a regression) are refused with a message that
 * names the kind and what is missing.
 */
public final class SliceData {

    private final Table features;
    private final double[] confidence;
    private final String[] actualClass;
    private final String[] predictedClass;
    private final double[] target;
    private double[] missingShare;
    private final Map<String, CategoryCodes> codes = new HashMap<>();

    private SliceData(Table features, double[] confidence, String[] actualClass, String[] predictedClass,
                      double[] target) {
        this.features = Objects.requireNonNull(features, "features");
        this.confidence = confidence;
        this.actualClass = actualClass;
        this.predictedClass = predictedClass;
        this.target = target;
        for (Object values : new Object[] {confidence, actualClass, predictedClass, target}) {
            int length = values == null ? features.rowCount()
                    : values instanceof double[] d ? d.length : ((String[]) values).length;
            if (length != features.rowCount()) {
                throw new IllegalArgumentException(features.rowCount() + " feature rows but " + length
                        + " values per row");
            }
        }
    }

    /** Feature cells only: the kinds that read columns and missingness. */
    public static SliceData of(Table features) {
        return new SliceData(features, null, null, null, null);
    }

    /** A binary classifier's rows: features, confidence, actual and predicted labels. */
    public static SliceData classification(Table features, BinaryPredictions p) {
        if (features.rowCount() != p.size()) {
            throw new IllegalArgumentException(features.rowCount() + " feature rows but " + p.size() + " predictions");
        }
        int n = p.size();
        double[] confidence = new double[n];
        String[] actual = new String[n];
        String[] predicted = new String[n];
        for (int i = 0; i < n; i++) {
            confidence[i] = p.confidence(i);
            actual[i] = p.actualLabel(i);
            predicted[i] = p.predictedLabel(i);
        }
        return new SliceData(features, confidence, actual, predicted, null);
    }

    /** Any classifier's rows: features, each row's probability of its predicted label, actual and predicted labels. */
    public static SliceData classification(Table features, double[] confidence, String[] actual, String[] predicted) {
        return new SliceData(features, confidence.clone(), actual.clone(), predicted.clone(), null);
    }

    /** A regression's rows: features and the actual target. */
    public static SliceData regression(Table features, double[] actual) {
        return new SliceData(features, null, null, null, actual.clone());
    }

    /** The feature cells. */
    public Table features() {
        return features;
    }

    /** Number of rows. */
    public int size() {
        return features.rowCount();
    }

    /** Every row's confidence (not a copy). */
    double[] confidences() {
        return require(confidence, "confidence", "the model's confidence");
    }

    /** Every row's actual label (not a copy). */
    String[] actualClasses() {
        return require(actualClass, "actual_class", "actual labels");
    }

    /** Every row's predicted label (not a copy). */
    String[] predictedClasses() {
        return require(predictedClass, "predicted_class", "predicted labels");
    }

    /** Every row's target (not a copy). */
    double[] targets() {
        return require(target, "target", "a numeric target");
    }

    double confidence(int row) {
        return require(confidence, "confidence", "the model's confidence")[row];
    }

    String actualClass(int row) {
        return require(actualClass, "actual_class", "actual labels")[row];
    }

    String predictedClass(int row) {
        return require(predictedClass, "predicted_class", "predicted labels")[row];
    }

    double target(int row) {
        return require(target, "target", "a numeric target")[row];
    }

    boolean hasConfidence() {
        return confidence != null;
    }

    boolean hasClasses() {
        return actualClass != null;
    }

    boolean hasTarget() {
        return target != null;
    }

    /** Each row's share of missing feature cells, computed once. */
    synchronized double[] missingShares() {
        if (missingShare == null) {
            int columns = features.columnNames().size();
            double[] share = new double[size()];
            for (String column : features.columnNames()) {
                String[] cells = features.column(column);
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] == null) {
                        share[i]++;
                    }
                }
            }
            for (int i = 0; i < share.length; i++) {
                share[i] = columns == 0 ? 0 : share[i] / columns;
            }
            missingShare = share;
        }
        return missingShare;
    }

    /** A categorical kind's row values as codes ({@link Slices#categories}), computed once per kind and column. */
    synchronized CategoryCodes codes(String kind, String column) {
        return codes.computeIfAbsent(kind + "\u0000" + column,
                key -> CategoryCodes.of(Slices.categories(kind, column, this)));
    }

    private static <T> T require(T values, String kind, String what) {
        if (values == null) {
            throw new IllegalArgumentException("a " + kind + " slice needs " + what + ", which these rows do not have");
        }
        return values;
    }
}
