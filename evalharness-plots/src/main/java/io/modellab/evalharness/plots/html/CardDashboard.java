package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.modelcard.ArgmaxMetrics;
import io.modellab.evalharness.core.schema.modelcard.ClassificationMetrics;
import io.modellab.evalharness.core.schema.modelcard.EpochMetrics;
import io.modellab.evalharness.core.schema.modelcard.LossProgression;
import io.modellab.evalharness.core.schema.modelcard.OptimalThreshold;
import io.modellab.evalharness.core.schema.modelcard.TrainingMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The metrics dashboard of a card's page: one group of tiles per metrics object the card has (at the decision
 * threshold, optimal threshold, argmax, best and final epoch, loss progression), each tile with what the metric
 * means ({@link MetricGlossary}). Shares and thresholds show three decimals, losses four significant digits.
 */
final class CardDashboard {

    private CardDashboard() {
    }

    static List<ModelCardView.MetricGroup> of(TrainingMetrics m) {
        List<ModelCardView.MetricGroup> out = new ArrayList<>();
        if (m == null) {
            return out;
        }
        Map<String, HeadlineMetric> intervals = new LinkedHashMap<>();
        if (m.headline() != null) {
            m.headline().stream().filter(Objects::nonNull).forEach(h -> intervals.put(h.name(), h));
        }
        ClassificationMetrics c = m.classificationMetrics();
        if (c != null) {
            List<ModelCardView.Metric> tiles = new ArrayList<>();
            tiles.add(metric("Accuracy", "accuracy", c.accuracy(), interval(intervals.get("accuracy"))));
            tiles.add(metric("Precision", "precision", c.precision(), interval(intervals.get("precision"))));
            tiles.add(metric("Recall", "recall", c.recall(), interval(intervals.get("recall"))));
            tiles.add(metric("F1", "f1", c.f1(), interval(intervals.get("f1"))));
            tiles.add(metric("ROC-AUC", "auc", c.auc(), interval(intervals.get("roc_auc"))));
            tiles.addAll(extraMetrics(c.extra()));
            out.add(new ModelCardView.MetricGroup("At the decision threshold", Boolean.FALSE.equals(c.isBinary())
                    ? "Classification metrics (more than two classes)" : "Classification metrics of the positive label",
                    tiles));
        }
        OptimalThreshold t = m.optimalThreshold();
        if (t != null) {
            List<ModelCardView.Metric> tiles = new ArrayList<>();
            tiles.add(metric("Threshold", "optimal_threshold", t.optimalThreshold(),
                    t.posLabel() == null ? null : "P(" + t.posLabel() + ")"));
            tiles.add(metric("F1 there", "optimal_threshold_f1", t.optimalThresholdF1(), null));
            tiles.add(metric("Accuracy there", "accuracy_at_optimal_threshold", t.accuracyAtOptimalThreshold(), null));
            tiles.addAll(extraMetrics(t.extra()));
            out.add(new ModelCardView.MetricGroup("Optimal threshold", "The threshold with the highest F1", tiles));
        }
        ArgmaxMetrics a = m.argmaxMetrics();
        if (a != null) {
            List<ModelCardView.Metric> tiles = new ArrayList<>(List.of(metric("Accuracy", "accuracy", a.accuracy(), null),
                    metric("Precision", "precision", a.precision(), null), metric("Recall", "recall", a.recall(), null),
                    metric("F1", "f1", a.f1(), null)));
            tiles.addAll(extraMetrics(a.extra()));
            out.add(new ModelCardView.MetricGroup("Argmax", "Each row predicted as its most probable class", tiles));
        }
        epochGroup("Best epoch", m.bestEpoch(), out);
        epochGroup("Final epoch", m.finalEpoch(), out);
        LossProgression p = m.lossProgression();
        if (p != null) {
            List<ModelCardView.Metric> tiles = new ArrayList<>(List.of(
                    loss("Initial training loss", "initial_train", p.initialTrain()),
                    loss("Initial validation loss", "initial_val", p.initialVal()),
                    loss("Improvement", "improvement_pct", p.improvementPct())));
            tiles.addAll(extraMetrics(p.extra()));
            out.add(new ModelCardView.MetricGroup("Loss progression", "How the losses moved during training", tiles));
        }
        return out;
    }

    private static void epochGroup(String title, EpochMetrics e, List<ModelCardView.MetricGroup> out) {
        if (e == null) {
            return;
        }
        List<ModelCardView.Metric> tiles = new ArrayList<>();
        tiles.add(new ModelCardView.Metric("Epoch", e.epoch() == null ? Fmt.UNDEFINED : String.valueOf(e.epoch()), null,
                MetricGlossary.meaning("epoch")));
        tiles.add(loss("Training loss", "train_loss", e.trainLoss()));
        tiles.add(loss("Validation loss", "validation_loss", e.validation()));
        if (e.spreadLoss() != null || e.jointLoss() != null || e.marginalLoss() != null) {
            tiles.add(loss("Spread loss", "spread_loss", e.spreadLoss()));
            tiles.add(loss("Joint loss", "joint_loss", e.jointLoss()));
            tiles.add(loss("Marginal loss", "marginal_loss", e.marginalLoss()));
        }
        tiles.addAll(extraMetrics(e.extra()));
        out.add(new ModelCardView.MetricGroup(title, null, tiles));
    }

    /** A share or probability (accuracy, F1, a threshold), with three decimals as on every other page. */
    private static ModelCardView.Metric metric(String label, String key, Double value, String note) {
        return tile(label, key, Fmt.metric(value), note);
    }

    /** A loss, which has no fixed scale: four significant digits. */
    private static ModelCardView.Metric loss(String label, String key, Double value) {
        return tile(label, key, Fmt.brief(value), null);
    }

    private static ModelCardView.Metric tile(String label, String key, String value, String note) {
        String tooltip = MetricGlossary.meaning(key);
        return new ModelCardView.Metric(label, value, note, tooltip == null ? key : key + ": " + tooltip);
    }

    private static List<ModelCardView.Metric> extraMetrics(Map<String, Object> extra) {
        return CardFacts.of(extra).stream()
                .map(f -> new ModelCardView.Metric(f.label(), f.value(), null, f.label() + " (as given by the card)"))
                .toList();
    }

    private static String interval(HeadlineMetric h) {
        return h == null || h.ciLower() == null || h.ciUpper() == null ? null
                : "interval " + Fmt.interval(h.ciLower(), h.ciUpper());
    }
}
