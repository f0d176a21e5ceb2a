package io.modellab.evalharness.metrics;

/**
 * Metrics of the probabilities themselves: log loss, Brier score, and the calibration (reliability) curve with
 * its expected calibration error.
 */
public final class ProbabilityMetrics {

    /** Probabilities are clipped to [EPS, 1 - EPS] before the logarithm, as scikit-learn 1.2 does for doubles. */
    public static final double EPS = Math.ulp(1.0);

    private ProbabilityMetrics() {
    }

    /**
     * The reliability curve: for each non-empty bin of predicted probability, the observed share of positives and
     * the mean predicted probability, and the expected calibration error (the weight-averaged gap between them).
     *
     * @param observed share of positives in each non-empty bin
     * @param predicted mean predicted probability in each non-empty bin
     * @param weight the weight of rows in each non-empty bin
     * @param ece expected calibration error
     */
    public record Calibration(double[] observed, double[] predicted, double[] weight, double ece) {
    }

    /**
     * Multiclass log loss, weighted: the mean negative log of each row's probability of its actual class, after
     * clipping and renormalising each row as scikit-learn's {@code log_loss} does.
     */
    public static double logLoss(ClassificationData data) {
        int k = data.classes();
        double loss = 0;
        double total = 0;
        for (int i = 0; i < data.size(); i++) {
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += clip(data.probability(i, c));
            }
            double p = clip(data.probability(i, data.actual(i))) / sum;
            loss -= data.weight(i) * Math.log(p);
            total += data.weight(i);
        }
        return loss / total;
    }

    /** The Brier score of a binary classifier: the weighted mean squared difference of P(positive) and the outcome. */
    public static double brier(boolean[] actual, double[] score, double[] weights) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < actual.length; i++) {
            double w = weights == null ? 1.0 : weights[i];
            double d = score[i] - (actual[i] ? 1 : 0);
            sum += w * d * d;
            total += w;
        }
        return sum / total;
    }

    /**
     * The calibration curve over {@code bins} equal-width bins of [0, 1]; a probability on an inner edge falls in
     * the bin below it, as in scikit-learn's {@code calibration_curve(strategy="uniform")}.
     */
    public static Calibration calibration(boolean[] actual, double[] score, double[] weights, int bins) {
        double[] w = new double[bins];
        double[] positives = new double[bins];
        double[] predicted = new double[bins];
        for (int i = 0; i < actual.length; i++) {
            int b = bin(score[i], bins);
            double weight = weights == null ? 1.0 : weights[i];
            w[b] += weight;
            positives[b] += actual[i] ? weight : 0;
            predicted[b] += weight * score[i];
        }
        int used = 0;
        double total = 0;
        for (int b = 0; b < bins; b++) {
            total += w[b];
            used += w[b] > 0 ? 1 : 0;
        }
        double[] obs = new double[used];
        double[] pred = new double[used];
        double[] weight = new double[used];
        double ece = 0;
        int j = 0;
        for (int b = 0; b < bins; b++) {
            if (w[b] > 0) {
                obs[j] = positives[b] / w[b];
                pred[j] = predicted[b] / w[b];
                weight[j] = w[b];
                ece += w[b] / total * Math.abs(obs[j] - pred[j]);
                j++;
            }
        }
        return new Calibration(obs, pred, weight, ece);
    }

    /** The number of inner edges (i / bins, i = 1..bins-1, computed as numpy's linspace does) below {@code p}. */
    private static int bin(double p, int bins) {
        double step = 1.0 / bins;
        int b = 0;
        for (int i = 1; i < bins; i++) {
            if (i * step < p) {
                b = i;
            }
        }
        return b;
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, EPS), 1 - EPS);
    }
}
