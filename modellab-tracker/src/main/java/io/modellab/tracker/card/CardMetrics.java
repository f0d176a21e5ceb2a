package io.modellab.tracker.card;

import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.core.schema.TestPredictions;
import io.modellab.evalharness.core.schema.modelcard.ArgmaxMetrics;
import io.modellab.evalharness.core.schema.modelcard.ClassificationMetrics;
import io.modellab.evalharness.core.schema.modelcard.OptimalThreshold;
import io.modellab.evalharness.core.schema.modelcard.TrainingMetrics;
import io.modellab.evalharness.metrics.BinaryPredictions;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The card's {@code training_metrics}, all on the run's held-out test rows: the classification metrics at the
 * decision threshold (metrics.json), the F1-optimal threshold ({@code best_f1_threshold}, {@code best_f1},
 * {@code accuracy_at_best_f1} of metrics.json), the argmax metrics recomputed from predictions.json, and the headline
 * metrics with their intervals. A model without epochs has no loss fields: they stay {@code null}.
 */
final class CardMetrics {

    /** Above this probability of the positive label, the positive label is the most probable of two. */
    private static final double ARGMAX_THRESHOLD = Math.nextUp(0.5);

    private CardMetrics() {
    }

    static TrainingMetrics of(RunEvidence run) {
        MetricsReport m = run.metrics();
        List<MetricValue> values = m.metrics();
        boolean binary = m.task() == Task.BINARY_CLASSIFICATION;
        ClassificationMetrics atThreshold = new ClassificationMetrics(value(values, "accuracy"),
                value(values, "precision"), value(values, "recall"), value(values, "f1"), value(values, "roc_auc"),
                binary, Map.of());
        OptimalThreshold optimal = binary ? new OptimalThreshold(value(values, "best_f1_threshold"),
                m.positiveLabel(), value(values, "best_f1"), value(values, "accuracy_at_best_f1"), Map.of()) : null;
        String evaluatedOn = String.format(Locale.ROOT, "%s split: %d held-out rows, positive label %s, decision"
                + " threshold %s (eval/metrics.json)", m.split(), m.rows(), m.positiveLabel(), m.decisionThreshold());
        return new TrainingMetrics(null, null, null, atThreshold, optimal, binary ? argmax(run.predictions()) : null,
                evaluatedOn, run.summary().headline(), Map.of());
    }

    /** Each row predicted as the more probable of the two labels; a tie goes to the negative label. */
    static ArgmaxMetrics argmax(TestPredictions p) {
        boolean[] actual = new boolean[p.actual().size()];
        double[] score = new double[actual.length];
        String negative = "not " + p.positiveLabel();
        for (int i = 0; i < actual.length; i++) {
            actual[i] = p.positiveLabel().equals(p.actual().get(i));
            score[i] = p.score().get(i);
            if (!actual[i]) {
                negative = p.actual().get(i);
            }
        }
        BinaryPredictions predictions = new BinaryPredictions(p.positiveLabel(), negative, actual, score,
                ARGMAX_THRESHOLD);
        List<MetricValue> all = predictions.metrics(predictions.allRows());
        return new ArgmaxMetrics(value(all, BinaryPredictions.ACCURACY), value(all, BinaryPredictions.PRECISION),
                value(all, BinaryPredictions.RECALL), value(all, BinaryPredictions.F1), Map.of());
    }

    private static Double value(List<MetricValue> metrics, String name) {
        return MetricValue.valueOf(metrics, name);
    }
}
