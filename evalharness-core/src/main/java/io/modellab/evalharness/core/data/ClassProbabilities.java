package io.modellab.evalharness.core.data;

import java.util.List;

/**
 * A classifier's output for a batch of rows: one probability per class label for each row.
 *
 * <p>Row {@code i} of {@link #probability(int, int)} belongs to row {@code i} of the table that was
 * predicted; column {@code k} belongs to {@code labels().get(k)}. A model that gives no probabilities
 * (a most-frequent dummy, say) reports 1 for its predicted label and 0 for the others.
 */
public final class ClassProbabilities {

    private final List<String> labels;
    private final double[][] probabilities;

    /**
     * @param labels the class labels, in column order
     * @param probabilities one row per predicted row, each as long as {@code labels}, values in [0, 1]
     */
    public ClassProbabilities(List<String> labels, double[][] probabilities) {
        this.labels = List.copyOf(labels);
        this.probabilities = new double[probabilities.length][];
        for (int i = 0; i < probabilities.length; i++) {
            double[] row = probabilities[i];
            if (row.length != labels.size()) {
                throw new IllegalArgumentException("row " + i + " has " + row.length
                        + " probabilities, expected one per label " + labels);
            }
            for (double p : row) {
                if (!(p >= 0.0 && p <= 1.0)) {
                    throw new IllegalArgumentException("row " + i + " has probability " + p
                            + ", expected a value in [0, 1]");
                }
            }
            this.probabilities[i] = row.clone();
        }
    }

    /** The class labels in column order. */
    public List<String> labels() {
        return labels;
    }

    /** Number of rows. */
    public int rowCount() {
        return probabilities.length;
    }

    /** The probability of class {@code labels().get(labelIndex)} for row {@code row}. */
    public double probability(int row, int labelIndex) {
        return probabilities[row][labelIndex];
    }

    /** The probabilities of one label for every row. */
    public double[] probabilitiesOf(String label) {
        int k = labels.indexOf(label);
        if (k < 0) {
            throw new IllegalArgumentException("no label \"" + label + "\"; labels are " + labels);
        }
        double[] out = new double[probabilities.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = probabilities[i][k];
        }
        return out;
    }
}
