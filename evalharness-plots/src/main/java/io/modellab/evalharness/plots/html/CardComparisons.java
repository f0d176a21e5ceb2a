package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.schema.modelcard.CardStatus;
import io.modellab.evalharness.core.schema.modelcard.ClassificationMetrics;
import io.modellab.evalharness.core.schema.modelcard.EpochMetrics;
import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import io.modellab.evalharness.core.schema.modelcard.ModelIdentification;
import io.modellab.evalharness.core.schema.modelcard.ModelQuality;
import io.modellab.evalharness.core.schema.modelcard.OptimalThreshold;
import io.modellab.evalharness.core.schema.modelcard.QualityAssessment;
import io.modellab.evalharness.core.schema.modelcard.Severity;
import io.modellab.evalharness.core.schema.modelcard.TrainingDataset;
import io.modellab.evalharness.core.schema.modelcard.TrainingMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Several cards side by side (the spec's model comparison view): the values it names, and a few more. */
final class CardComparisons {

    private CardComparisons() {
    }

    static CardComparisonView view(List<ModelCardPages.Entry> entries) {
        List<CardComparisonView.Column> columns = entries.stream()
                .map(e -> new CardComparisonView.Column(e.label(), e.href())).toList();
        List<ModelCard> cards = entries.stream().map(ModelCardPages.Entry::card).toList();
        List<CardComparisonView.Row> rows = new ArrayList<>();
        rows.add(text("Name", "model_identification.name", cards, c -> id(c, ModelIdentification::name)));
        rows.add(text("Model type", "model_identification.model_type", cards, c -> id(c, ModelIdentification::modelType)));
        rows.add(new CardComparisonView.Row("Status", "model_identification.status: DONE, TRAINING or FAILED",
                cards.stream().map(CardComparisons::status).toList()));
        rows.add(new CardComparisonView.Row("Assessment", "model_quality.assessment",
                cards.stream().map(CardComparisons::assessment).toList()));
        rows.add(text("Target", "model_identification.target_column", cards, c -> id(c, ModelIdentification::targetColumn)));
        rows.add(text("Total rows", "training_dataset.total_rows", cards, c -> count(c, TrainingDataset::totalRows)));
        rows.add(text("Training rows", "training_dataset.train_rows", cards, c -> count(c, TrainingDataset::trainRows)));
        rows.add(text("Held-out rows", "training_dataset.val_rows", cards, c -> count(c, TrainingDataset::valRows)));
        rows.add(text("Features", "training_dataset.total_features", cards, c -> count(c, TrainingDataset::totalFeatures)));
        rows.add(text("Dataset version", "training_dataset.dataset (ModelLab)", cards, c -> c.trainingDataset() == null
                || c.trainingDataset().dataset() == null ? Fmt.UNDEFINED
                : c.trainingDataset().dataset().name() + " " + c.trainingDataset().dataset().version()));
        rows.add(metric("Accuracy", "accuracy", cards, ClassificationMetrics::accuracy));
        rows.add(metric("Precision", "precision", cards, ClassificationMetrics::precision));
        rows.add(metric("Recall", "recall", cards, ClassificationMetrics::recall));
        rows.add(metric("F1", "f1", cards, ClassificationMetrics::f1));
        rows.add(metric("ROC-AUC", "auc", cards, ClassificationMetrics::auc));
        rows.add(text("Optimal threshold", MetricGlossary.meaning("optimal_threshold"), cards,
                c -> optimal(c, OptimalThreshold::optimalThreshold)));
        rows.add(text("F1 at the optimal threshold", MetricGlossary.meaning("optimal_threshold_f1"), cards,
                c -> optimal(c, OptimalThreshold::optimalThresholdF1)));
        rows.add(text("Best epoch", MetricGlossary.meaning("epoch"), cards, c -> best(c, e -> e.epoch() == null ? null
                : e.epoch().doubleValue())));
        rows.add(text("Training loss (best epoch)", MetricGlossary.meaning("train_loss"), cards,
                c -> best(c, EpochMetrics::trainLoss)));
        rows.add(text("Validation loss (best epoch)", MetricGlossary.meaning("validation_loss"), cards,
                c -> best(c, EpochMetrics::validation)));
        rows.add(text("Warnings", "model_quality.warnings by severity", cards, CardComparisons::warnings));
        return new CardComparisonView(columns, rows);
    }

    private static CardComparisonView.Row text(String label, String tooltip, List<ModelCard> cards,
                                               Function<ModelCard, String> value) {
        return new CardComparisonView.Row(label, tooltip, cards.stream()
                .map(c -> new CardComparisonView.Cell(Objects.requireNonNullElse(value.apply(c), Fmt.UNDEFINED), null))
                .toList());
    }

    private static CardComparisonView.Row metric(String label, String key, List<ModelCard> cards,
                                                 Function<ClassificationMetrics, Double> value) {
        return text(label, key + ": " + MetricGlossary.meaning(key), cards, c -> {
            TrainingMetrics m = c.trainingMetrics();
            return m == null || m.classificationMetrics() == null ? Fmt.UNDEFINED
                    : Fmt.metric(value.apply(m.classificationMetrics()));
        });
    }

    private static String id(ModelCard c, Function<ModelIdentification, String> value) {
        return c.modelIdentification() == null ? null : value.apply(c.modelIdentification());
    }

    private static String count(ModelCard c, Function<TrainingDataset, Integer> value) {
        return c.trainingDataset() == null ? null : Fmt.count(value.apply(c.trainingDataset()));
    }

    private static String optimal(ModelCard c, Function<OptimalThreshold, Double> value) {
        TrainingMetrics m = c.trainingMetrics();
        return m == null || m.optimalThreshold() == null ? null : Fmt.metric(value.apply(m.optimalThreshold()));
    }

    private static String best(ModelCard c, Function<EpochMetrics, Double> value) {
        TrainingMetrics m = c.trainingMetrics();
        return m == null || m.bestEpoch() == null ? null : Fmt.brief(value.apply(m.bestEpoch()));
    }

    private static CardComparisonView.Cell status(ModelCard c) {
        String status = id(c, ModelIdentification::status);
        return status == null ? new CardComparisonView.Cell(Fmt.UNDEFINED, null)
                : new CardComparisonView.Cell(status, "st-" + CardStatus.parse(status).map(Enum::name)
                        .orElse(ModelCardViews.OTHER));
    }

    private static CardComparisonView.Cell assessment(ModelCard c) {
        ModelQuality q = c.modelQuality();
        if (q == null || q.assessment() == null) {
            return new CardComparisonView.Cell("not assessed", "q-" + QualityAssessment.UNKNOWN.name());
        }
        return new CardComparisonView.Cell(q.assessment(), "q-" + q.quality().map(Enum::name).orElse(ModelCardViews.OTHER));
    }

    /** The warnings by severity, the overall training warning (an object with a severity in real files) counted too. */
    private static String warnings(ModelCard c) {
        ModelQuality q = c.modelQuality();
        if (q == null || q.warnings() == null && q.trainingQualityWarning() == null) {
            return Fmt.UNDEFINED;
        }
        List<Optional<Severity>> levels = new ArrayList<>();
        if (q.warnings() != null) {
            q.warnings().stream().filter(Objects::nonNull).forEach(w -> levels.add(w.level()));
        }
        Object overall = q.trainingQualityWarning();
        if (overall != null) {
            levels.add(overall instanceof Map<?, ?> map && map.get("severity") instanceof String s ? Severity.parse(s)
                    : Optional.empty());
        }
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = levels.stream().filter(l -> l.orElse(null) == s).count();
            if (n > 0) {
                parts.add(n + " " + s.name().toLowerCase(Locale.ROOT));
            }
        }
        long other = levels.stream().filter(Optional::isEmpty).count();
        if (other > 0) {
            parts.add(other + " of unknown severity");
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
