package io.modellab.evalharness.metrics;

import io.modellab.evalharness.core.schema.ClassMetrics;
import io.modellab.evalharness.core.schema.MetricValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The classification metric suite, binary and multiclass, with optional row weights.
 *
 * <p><b>Binary</b> ({@link #binary}): a row is predicted positive when P(positive) is at least the threshold.
 * Reported: {@code accuracy}, {@code balanced_accuracy}, {@code precision}, {@code recall}, {@code f1} and
 * {@code specificity} of the positive label (averaging {@code binary}), their {@code _macro} and
 * {@code _weighted} averages, {@code roc_auc}, {@code average_precision} (the PR-AUC, computed as average
 * precision), {@code log_loss}, {@code brier}, {@code ece} (10 uniform bins), and {@code best_f1_threshold},
 * {@code best_f1}, {@code accuracy_at_best_f1}.
 *
 * <p><b>Multiclass</b> ({@link #multiclass}): each row is predicted as its most probable class (ties to the first
 * label). Reported: {@code accuracy}, {@code balanced_accuracy}, precision / recall / F1 / specificity
 * {@code _macro} and {@code _weighted}, a headline {@code f1} whose averaging follows {@link #headlineAveraging},
 * {@code roc_auc_ovr_macro} and {@code roc_auc_ovr_weighted} (one-vs-rest), and {@code log_loss}.
 *
 * <p>Both give per-class metrics too. An undefined value (ROC-AUC with one class present) is {@code null} with
 * the reason in its note; it is never an exception. Values equal scikit-learn's (see the golden tests).
 */
public final class ClassificationMetrics {

    /** Bins of the calibration curve. */
    public static final int CALIBRATION_BINS = 10;
    /** Multiclass F1 is macro-averaged when the largest class outweighs the smallest by more than this. */
    public static final double IMBALANCE_RATIO = 1.5;

    private ClassificationMetrics() {
    }

    /**
     * Everything computed for one model.
     *
     * @param metrics the named metrics, in the order the class comment lists them
     * @param perClass one entry per label, in label order
     * @param counts the confusion counts at the decision rule
     * @param calibration the reliability curve (binary only, else {@code null})
     */
    public record Report(List<MetricValue> metrics, List<ClassMetrics> perClass, ConfusionCounts counts,
                         ProbabilityMetrics.Calibration calibration) {
    }

    /** Confusion counts of a binary classifier at {@code threshold} on P(positive). */
    public static ConfusionCounts binaryCounts(ClassificationData data, int positive, double threshold) {
        requireBinary(data, positive);
        ConfusionCounts counts = new ConfusionCounts(2);
        int negative = 1 - positive;
        for (int i = 0; i < data.size(); i++) {
            int predicted = data.probability(i, positive) >= threshold ? positive : negative;
            counts.add(data.actual(i), predicted, data.weight(i));
        }
        return counts;
    }

    /** Confusion counts of the most probable class. */
    public static ConfusionCounts argmaxCounts(ClassificationData data) {
        ConfusionCounts counts = new ConfusionCounts(data.classes());
        for (int i = 0; i < data.size(); i++) {
            counts.add(data.actual(i), data.argmax(i), data.weight(i));
        }
        return counts;
    }

    /**
     * The binary suite.
     *
     * @param positive the index of the positive label
     * @param threshold predict positive when P(positive) is at least this, in [0, 1]
     */
    public static Report binary(ClassificationData data, int positive, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
        ConfusionCounts counts = binaryCounts(data, positive, threshold);
        String pos = data.labels().get(positive);
        String binary = "positive label " + pos;
        List<MetricValue> out = new ArrayList<>();
        out.add(defined("accuracy", counts.accuracy(), null, "no rows carry weight"));
        out.add(defined("balanced_accuracy", counts.balancedAccuracy(), null, "no rows carry weight"));
        out.add(new MetricValue("precision", counts.precision(positive), "binary",
                zero(binary, counts.predictedTotal(positive) == 0, "no row predicted " + pos)));
        out.add(new MetricValue("recall", counts.recall(positive), "binary",
                zero(binary, counts.actualTotal(positive) == 0, "no row is actually " + pos)));
        out.add(new MetricValue("f1", counts.f1(positive), "binary", zero(binary,
                counts.predictedTotal(positive) + counts.actualTotal(positive) == 0, "no row predicted or actually " + pos)));
        out.add(new MetricValue("specificity", counts.specificity(positive), "binary", binary));
        averages(counts, out);

        boolean[] actual = data.isClass(positive);
        double[] score = data.probabilitiesOf(positive);
        double[] weights = data.weightsOrNull();
        String oneClass = "undefined: only one class is present";
        RankMetrics.Summary ranks = RankMetrics.summary(actual, score, weights);
        out.add(defined("roc_auc", ranks.rocAuc(), null, oneClass));
        out.add(defined("average_precision", ranks.averagePrecision(), null,
                "undefined: no row is actually " + pos, "the PR-AUC, computed as average precision"));
        out.add(MetricValue.of("log_loss", ProbabilityMetrics.logLoss(data)));
        out.add(MetricValue.of("brier", ProbabilityMetrics.brier(actual, score, weights)));
        ProbabilityMetrics.Calibration calibration = ProbabilityMetrics.calibration(actual, score, weights, CALIBRATION_BINS);
        out.add(new MetricValue("ece", calibration.ece(), null, CALIBRATION_BINS + " uniform bins of P(" + pos + ")"));
        RankMetrics.BestF1 best = ranks.bestF1();
        String noPositive = "undefined: no row is actually " + pos;
        out.add(best == null ? new MetricValue("best_f1_threshold", null, null, noPositive)
                : new MetricValue("best_f1_threshold", best.threshold(), null, "the P(" + pos + ") threshold with the highest F1"));
        out.add(best == null ? new MetricValue("best_f1", null, null, noPositive) : MetricValue.of("best_f1", best.f1()));
        out.add(best == null ? new MetricValue("accuracy_at_best_f1", null, null, noPositive)
                : MetricValue.of("accuracy_at_best_f1", best.accuracy()));
        return new Report(out, perClass(data, counts), counts, calibration);
    }

    /** The multiclass suite, predicting each row's most probable class. */
    public static Report multiclass(ClassificationData data) {
        ConfusionCounts counts = argmaxCounts(data);
        List<MetricValue> out = new ArrayList<>();
        out.add(defined("accuracy", counts.accuracy(), null, "no rows carry weight"));
        out.add(defined("balanced_accuracy", counts.balancedAccuracy(), null, "no rows carry weight"));
        averages(counts, out);
        String averaging = headlineAveraging(counts);
        out.add(new MetricValue("f1", averaging.equals("macro") ? counts.macro(ConfusionCounts::f1)
                : counts.weighted(ConfusionCounts::f1), averaging, String.format(Locale.ROOT,
                "%s because the largest class is %s %.1f times the smallest", averaging,
                averaging.equals("macro") ? "more than" : "at most", IMBALANCE_RATIO)));

        double[] auc = new double[data.classes()];
        String absent = null;
        for (int c = 0; c < data.classes(); c++) {
            auc[c] = RankMetrics.rocAuc(data.isClass(c), data.probabilitiesOf(c), data.weightsOrNull());
            if (Double.isNaN(auc[c]) && absent == null) {
                absent = "undefined: class " + data.labels().get(c) + " has no rows, or all rows are of it";
            }
        }
        if (absent != null) {
            out.add(new MetricValue("roc_auc_ovr_macro", null, "macro", absent));
            out.add(new MetricValue("roc_auc_ovr_weighted", null, "weighted", absent));
        } else {
            double macro = 0;
            double weighted = 0;
            double total = 0;
            for (int c = 0; c < auc.length; c++) {
                macro += auc[c] / auc.length;
                weighted += counts.actualTotal(c) * auc[c];
                total += counts.actualTotal(c);
            }
            out.add(new MetricValue("roc_auc_ovr_macro", macro, "macro", "one-vs-rest"));
            out.add(new MetricValue("roc_auc_ovr_weighted", weighted / total, "weighted", "one-vs-rest"));
        }
        out.add(MetricValue.of("log_loss", ProbabilityMetrics.logLoss(data)));
        return new Report(out, perClass(data, counts), counts, null);
    }

    /**
     * The averaging of the multiclass headline F1: {@code macro} when the largest class's support is more than
     * {@value #IMBALANCE_RATIO} times the smallest's (so a neglected minority class shows), else {@code weighted}.
     */
    public static String headlineAveraging(ConfusionCounts counts) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int c = 0; c < counts.classes(); c++) {
            min = Math.min(min, counts.actualTotal(c));
            max = Math.max(max, counts.actualTotal(c));
        }
        return max > IMBALANCE_RATIO * min ? "macro" : "weighted";
    }

    private static void averages(ConfusionCounts counts, List<MetricValue> out) {
        for (String avg : List.of("macro", "weighted")) {
            boolean macro = avg.equals("macro");
            out.add(new MetricValue("precision_" + avg, macro ? counts.macro(ConfusionCounts::precision)
                    : counts.weighted(ConfusionCounts::precision), avg, null));
            out.add(new MetricValue("recall_" + avg, macro ? counts.macro(ConfusionCounts::recall)
                    : counts.weighted(ConfusionCounts::recall), avg, null));
            out.add(new MetricValue("f1_" + avg, macro ? counts.macro(ConfusionCounts::f1)
                    : counts.weighted(ConfusionCounts::f1), avg, null));
            out.add(new MetricValue("specificity_" + avg, macro ? counts.macro(ConfusionCounts::specificity)
                    : counts.weighted(ConfusionCounts::specificity), avg, null));
        }
    }

    private static List<ClassMetrics> perClass(ClassificationData data, ConfusionCounts counts) {
        List<ClassMetrics> out = new ArrayList<>();
        for (int c = 0; c < data.classes(); c++) {
            out.add(new ClassMetrics(data.labels().get(c), counts.actualTotal(c), counts.precision(c), counts.recall(c),
                    counts.f1(c), counts.specificity(c)));
        }
        return out;
    }

    private static void requireBinary(ClassificationData data, int positive) {
        if (data.classes() != 2) {
            throw new IllegalArgumentException("binary metrics need two labels, got " + data.labels());
        }
        if (positive != 0 && positive != 1) {
            throw new IllegalArgumentException("positive label index must be 0 or 1, got " + positive);
        }
    }

    static MetricValue defined(String name, double value, String averaging, String whyUndefined) {
        return defined(name, value, averaging, whyUndefined, null);
    }

    /** The value, or null with {@code whyUndefined} as its note when it is NaN. */
    static MetricValue defined(String name, double value, String averaging, String whyUndefined, String note) {
        return Double.isNaN(value) ? new MetricValue(name, null, averaging, whyUndefined)
                : new MetricValue(name, value, averaging, note);
    }

    /** The note of a ratio: {@code base}, plus why it was set to 0 when its denominator was. */
    static String zero(String base, boolean zeroDivision, String why) {
        return zeroDivision ? base + "; " + why + ", set to 0 as scikit-learn does" : base;
    }
}
