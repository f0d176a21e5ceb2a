package io.modellab.evalharness.metrics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A classifier's output on labelled rows: the actual class of each row, a probability per class, and an optional
 * weight per row. Checked on construction, so every metric can trust it.
 *
 * <p>Refused with an error that names the row: lengths that differ, no rows, an actual label that is not one of
 * the labels, a probability that is NaN, infinite or outside [0, 1], a row whose probabilities do not sum to 1
 * (within {@value #SUM_TOLERANCE}), a weight that is negative, NaN or infinite, weights that are all 0.
 */
public final class ClassificationData {

    /** How far a row's probabilities may sum from 1. */
    public static final double SUM_TOLERANCE = 1e-6;

    private final List<String> labels;
    private final int[] actual;
    private final double[] probabilities;
    private final double[] weights;

    private ClassificationData(List<String> labels, int[] actual, double[] probabilities, double[] weights) {
        this.labels = labels;
        this.actual = actual;
        this.probabilities = probabilities;
        this.weights = weights;
    }

    /**
     * Builds the data from label names.
     *
     * @param labels the classes, in the column order of {@code probabilities}; at least two, unique
     * @param actual each row's actual label
     * @param probabilities one row per row, one column per label
     * @param weights one weight per row, or {@code null} for weight 1 everywhere
     */
    public static ClassificationData of(List<String> labels, String[] actual, double[][] probabilities, double[] weights) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < labels.size(); c++) {
            index.put(labels.get(c), c);
        }
        int[] classes = new int[actual.length];
        for (int i = 0; i < actual.length; i++) {
            Integer c = index.get(actual[i]);
            if (c == null) {
                throw new IllegalArgumentException("row " + i + ": actual label \"" + actual[i] + "\" is not one of " + labels);
            }
            classes[i] = c;
        }
        return ofIndices(labels, classes, probabilities, weights);
    }

    /**
     * Builds the data from class indices into {@code labels}.
     *
     * @see #of(List, String[], double[][], double[])
     */
    public static ClassificationData ofIndices(List<String> labels, int[] actual, double[][] probabilities, double[] weights) {
        List<String> names = List.copyOf(labels);
        if (names.size() < 2 || new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("labels must be at least two distinct names, got " + names);
        }
        int n = actual.length;
        int k = names.size();
        if (n == 0) {
            throw new IllegalArgumentException("empty input: no rows to score");
        }
        if (probabilities.length != n) {
            throw new IllegalArgumentException("probabilities have " + probabilities.length + " rows but actual has " + n);
        }
        if (weights != null && weights.length != n) {
            throw new IllegalArgumentException("weights have " + weights.length + " rows but actual has " + n);
        }
        if ((long) n * k > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(n + " rows of " + k + " probabilities do not fit in one array");
        }
        double[] flat = new double[n * k];
        double totalWeight = 0;
        for (int i = 0; i < n; i++) {
            if (actual[i] < 0 || actual[i] >= k) {
                throw new IllegalArgumentException("row " + i + ": actual class index " + actual[i] + " is not in 0.." + (k - 1));
            }
            double[] row = probabilities[i];
            if (row.length != k) {
                throw new IllegalArgumentException("row " + i + " has " + row.length + " probabilities, expected " + k
                        + " (one per label " + names + ")");
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                double p = row[c];
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("row " + i + ": probability of " + names.get(c) + " is " + p
                            + ", expected a number in [0, 1]");
                }
                sum += p;
                flat[i * k + c] = p;
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "row %d: probabilities sum to %.9f, expected 1 (tolerance %.0e)", i, sum, SUM_TOLERANCE));
            }
            if (weights != null && !(weights[i] >= 0 && Double.isFinite(weights[i]))) {
                throw new IllegalArgumentException("row " + i + ": weight " + weights[i] + ", expected a finite number >= 0");
            }
            totalWeight += weights == null ? 1 : weights[i];
        }
        if (totalWeight == 0) {
            throw new IllegalArgumentException("every weight is 0: no row to score");
        }
        return new ClassificationData(names, actual.clone(), flat, weights == null ? null : weights.clone());
    }

    /** The class labels. */
    public List<String> labels() {
        return labels;
    }

    /** Number of classes. */
    public int classes() {
        return labels.size();
    }

    /** Number of rows. */
    public int size() {
        return actual.length;
    }

    /** The actual class index of row {@code i}. */
    public int actual(int i) {
        return actual[i];
    }

    /** The probability of class {@code c} for row {@code i}. */
    public double probability(int i, int c) {
        return probabilities[i * labels.size() + c];
    }

    /** The weight of row {@code i} (1 when unweighted). */
    public double weight(int i) {
        return weights == null ? 1.0 : weights[i];
    }

    /** Whether rows carry weights. */
    public boolean weighted() {
        return weights != null;
    }

    /** The class with the highest probability in row {@code i}; ties go to the first label. */
    public int argmax(int i) {
        int k = labels.size();
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (probabilities[i * k + c] > probabilities[i * k + best]) {
                best = c;
            }
        }
        return best;
    }

    /** Each row's probability of class {@code c}. */
    public double[] probabilitiesOf(int c) {
        double[] out = new double[actual.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = probabilities[i * labels.size() + c];
        }
        return out;
    }

    /** Whether each row's actual class is {@code c}. */
    public boolean[] isClass(int c) {
        boolean[] out = new boolean[actual.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = actual[i] == c;
        }
        return out;
    }

    /** The weights, or {@code null} when unweighted. */
    public double[] weightsOrNull() {
        return weights == null ? null : weights.clone();
    }
}
