package io.modellab.evalharness.metrics;

/**
 * Weighted counts of (actual, predicted) class pairs: a mergeable accumulator from which every count-based metric
 * follows. Two accumulators over parts of the rows merge into the accumulator of all of them, which is what lets
 * the same code run on several threads or inside a distributed engine.
 *
 * <p>Ratios with a zero denominator are 0, as scikit-learn gives with {@code zero_division=0}.
 */
public final class ConfusionCounts {

    private final int k;
    private final double[] counts;

    /** An empty accumulator for {@code classes} classes. */
    public ConfusionCounts(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("need at least two classes, got " + classes);
        }
        this.k = classes;
        this.counts = new double[classes * classes];
    }

    /**
     * Counts one row.
     *
     * @throws IllegalArgumentException for a class index outside 0..k-1 or a weight that is negative or not finite
     */
    public void add(int actual, int predicted, double weight) {
        if (actual < 0 || actual >= k || predicted < 0 || predicted >= k) {
            throw new IllegalArgumentException("class indices must be in 0.." + (k - 1) + ", got actual " + actual
                    + " and predicted " + predicted);
        }
        if (!(weight >= 0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException("weight " + weight + ", expected a finite number >= 0");
        }
        counts[actual * k + predicted] += weight;
    }

    /** Adds another accumulator's counts. */
    public void merge(ConfusionCounts other) {
        if (other.k != k) {
            throw new IllegalArgumentException("cannot merge counts of " + other.k + " classes into " + k);
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
    }

    /** Number of classes. */
    public int classes() {
        return k;
    }

    /** The weight of rows of class {@code actual} predicted as {@code predicted}. */
    public double count(int actual, int predicted) {
        return counts[actual * k + predicted];
    }

    /** Total weight. */
    public double total() {
        double sum = 0;
        for (double c : counts) {
            sum += c;
        }
        return sum;
    }

    /** Weight of rows whose actual class is {@code c} (its support). */
    public double actualTotal(int c) {
        double sum = 0;
        for (int p = 0; p < k; p++) {
            sum += counts[c * k + p];
        }
        return sum;
    }

    /** Weight of rows predicted as {@code c}. */
    public double predictedTotal(int c) {
        double sum = 0;
        for (int a = 0; a < k; a++) {
            sum += counts[a * k + c];
        }
        return sum;
    }

    /** Share of weight predicted right; NaN for no weight. */
    public double accuracy() {
        double right = 0;
        for (int c = 0; c < k; c++) {
            right += counts[c * k + c];
        }
        double total = total();
        return total == 0 ? Double.NaN : right / total;
    }

    /** Mean recall over the classes present among the actual rows (as scikit-learn's balanced_accuracy_score). */
    public double balancedAccuracy() {
        double sum = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            if (actualTotal(c) > 0) {
                sum += recall(c);
                present++;
            }
        }
        return present == 0 ? Double.NaN : sum / present;
    }

    /** Precision of class {@code c}: right predictions of it over all predictions of it. */
    public double precision(int c) {
        return ratio(counts[c * k + c], predictedTotal(c));
    }

    /** Recall of class {@code c}: right predictions of it over its actual rows. */
    public double recall(int c) {
        return ratio(counts[c * k + c], actualTotal(c));
    }

    /** F1 of class {@code c}: 2 TP / (2 TP + FP + FN). */
    public double f1(int c) {
        double tp = counts[c * k + c];
        return ratio(2 * tp, actualTotal(c) + predictedTotal(c));
    }

    /** Specificity of class {@code c} one-vs-rest: TN / (TN + FP). */
    public double specificity(int c) {
        double negatives = total() - actualTotal(c);
        double falsePositives = predictedTotal(c) - counts[c * k + c];
        return ratio(negatives - falsePositives, negatives);
    }

    /**
     * The unweighted mean of a per-class metric over the classes that occur among the actual or the predicted rows
     * (scikit-learn's {@code average="macro"} without a {@code labels} argument).
     */
    public double macro(PerClass metric) {
        double sum = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            if (actualTotal(c) > 0 || predictedTotal(c) > 0) {
                sum += metric.of(this, c);
                present++;
            }
        }
        return present == 0 ? 0.0 : sum / present;
    }

    /** The support-weighted mean of a per-class metric (scikit-learn's {@code average="weighted"}). */
    public double weighted(PerClass metric) {
        double sum = 0;
        double total = 0;
        for (int c = 0; c < k; c++) {
            double support = actualTotal(c);
            sum += support * metric.of(this, c);
            total += support;
        }
        return total == 0 ? 0.0 : sum / total;
    }

    /** A metric of one class. */
    @FunctionalInterface
    public interface PerClass {
        /** The metric of class {@code c}. */
        double of(ConfusionCounts counts, int c);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0.0 : numerator / denominator;
    }
}
