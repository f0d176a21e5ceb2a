package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.modelcard.ArgmaxMetrics;
import io.modellab.evalharness.core.schema.modelcard.CardStatus;
import io.modellab.evalharness.core.schema.modelcard.ClassificationMetrics;
import io.modellab.evalharness.core.schema.modelcard.ColumnImportance;
import io.modellab.evalharness.core.schema.modelcard.ColumnStatistics;
import io.modellab.evalharness.core.schema.modelcard.EpochMetrics;
import io.modellab.evalharness.core.schema.modelcard.FeatureInfo;
import io.modellab.evalharness.core.schema.modelcard.FeatureType;
import io.modellab.evalharness.core.schema.modelcard.LossProgression;
import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import io.modellab.evalharness.core.schema.modelcard.ModelIdentification;
import io.modellab.evalharness.core.schema.modelcard.ModelQuality;
import io.modellab.evalharness.core.schema.modelcard.OptimalThreshold;
import io.modellab.evalharness.core.schema.modelcard.QualityAssessment;
import io.modellab.evalharness.core.schema.modelcard.QualityWarning;
import io.modellab.evalharness.core.schema.modelcard.Recommendation;
import io.modellab.evalharness.core.schema.modelcard.ScalarStatistics;
import io.modellab.evalharness.core.schema.modelcard.Severity;
import io.modellab.evalharness.core.schema.modelcard.TrainingDataset;
import io.modellab.evalharness.core.schema.modelcard.TrainingMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A model card as its page shows it ({@link ModelCardView}). Works on any card, ours or another system's: a missing
 * section is left out, a missing value shows as the undefined mark, and every field and section this library does
 * not know is shown as facts ({@link CardFacts}).
 */
final class ModelCardViews {

    /** The spec's types, in the order of the filter buttons. */
    private static final List<FeatureType> TYPES = List.of(FeatureType.SCALAR, FeatureType.SET, FeatureType.FREE_STRING,
            FeatureType.JSON);
    /** Types that are none of the spec's. */
    static final String OTHER = "OTHER";

    private ModelCardViews() {
    }

    static ModelCardView view(ModelCard card) {
        TrainingMetrics metrics = card.trainingMetrics();
        List<ModelCardView.FeatureRow> features = features(card);
        return new ModelCardView(header(card), warnings(card.modelQuality()), dashboard(metrics), quality(card.modelQuality()),
                data(card.trainingDataset()), features, typeCounts(features),
                features.stream().anyMatch(f -> f.information() != null),
                features.stream().anyMatch(f -> !f.extra().isEmpty()), training(metrics), sections(card),
                collapsed(card), others(card));
    }

    private static ModelCardView.Header header(ModelCard card) {
        ModelIdentification id = card.modelIdentification();
        List<ModelCardView.Fact> facts = new ArrayList<>();
        String title = "Unnamed model";
        String status = "status not given";
        String statusClass = OTHER;
        String modelType = null;
        if (id != null) {
            title = id.name() != null ? id.name() : id.sessionId() != null ? id.sessionId() : title;
            modelType = id.modelType();
            if (id.status() != null) {
                status = id.status();
                statusClass = CardStatus.parse(id.status()).map(Enum::name).orElse(OTHER);
            }
            fact(facts, "Target", id.targetColumn() == null ? null
                    : id.targetColumn() + (id.targetColumnType() == null ? "" : " (" + id.targetColumnType() + ")"));
            fact(facts, "Framework", id.framework());
            fact(facts, "Training date", id.trainingDate());
            fact(facts, "Session", id.sessionId());
            fact(facts, "Job", id.jobId());
            fact(facts, "Compute cluster", id.computeCluster());
            fact(facts, "Project", id.project());
            fact(facts, "Role", id.role());
            facts.addAll(CardFacts.of(id.extra()));
        }
        ModelQuality q = card.modelQuality();
        Optional<QualityAssessment> grade = q == null ? Optional.empty() : q.quality();
        String quality = q == null || q.assessment() == null ? "not assessed" : q.assessment();
        return new ModelCardView.Header(title, modelType, status, statusClass, quality,
                grade.map(Enum::name).orElse(q == null || q.assessment() == null ? QualityAssessment.UNKNOWN.name() : OTHER),
                facts);
    }

    private static List<ModelCardView.Warning> warnings(ModelQuality q) {
        List<ModelCardView.Warning> out = new ArrayList<>();
        if (q == null) {
            return out;
        }
        if (q.warnings() != null) {
            for (QualityWarning w : q.warnings()) {
                if (w != null) {
                    List<ModelCardView.Fact> details = CardFacts.of(w.details());
                    details.addAll(CardFacts.of(w.extra()));
                    out.add(warning(w.type(), w.severity(), w.message(), w.recommendation(), List.of(), details));
                }
            }
        }
        Object overall = q.trainingQualityWarning();
        if (overall instanceof Map<?, ?> map) {
            Map<String, Object> rest = new LinkedHashMap<>();
            map.forEach((k, v) -> rest.put(String.valueOf(k), v));
            String type = text(rest.remove("type"));
            String severity = text(rest.remove("severity"));
            String message = text(rest.remove("message"));
            String recommendation = text(rest.remove("recommendation"));
            List<String> steps = rest.get("recommendations") instanceof List<?> list
                    ? list.stream().map(CardFacts::text).toList() : List.of();
            if (!steps.isEmpty()) {
                rest.remove("recommendations");
            }
            out.add(warning(type == null ? "TRAINING_QUALITY_WARNING" : type, severity, message, recommendation, steps,
                    CardFacts.of(rest)));
        } else if (overall != null) {
            out.add(warning("TRAINING_QUALITY_WARNING", null, CardFacts.text(overall), null, List.of(), List.of()));
        }
        out.sort(Comparator.comparingInt(w -> rank(w.severityClass())));
        return out;
    }

    private static ModelCardView.Warning warning(String type, String severity, String message, String recommendation,
                                                 List<String> steps, List<ModelCardView.Fact> details) {
        String severityClass = Severity.parse(severity).map(Enum::name).orElse(OTHER);
        return new ModelCardView.Warning(type == null ? "WARNING" : type, severity == null ? "severity not given" : severity,
                severityClass, message == null ? "(no message)" : message, recommendation, steps, details);
    }

    private static int rank(String severityClass) {
        return OTHER.equals(severityClass) ? Severity.values().length : Severity.valueOf(severityClass).ordinal();
    }

    private static List<ModelCardView.MetricGroup> dashboard(TrainingMetrics m) {
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
        return tile(label, key, Fmt.number(value), null);
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

    private static ModelCardView.Quality quality(ModelQuality q) {
        if (q == null) {
            return null;
        }
        List<ModelCardView.Fact> recommendations = new ArrayList<>();
        if (q.recommendations() != null) {
            for (Recommendation r : q.recommendations()) {
                if (r != null) {
                    String suggestion = r.suggestion() == null ? Fmt.UNDEFINED : r.suggestion();
                    String extra = CardFacts.inline(r.extra());
                    recommendations.add(ModelCardView.Fact.of(r.issue() == null ? "(no issue given)" : r.issue(),
                            extra.isEmpty() ? suggestion : suggestion + " (" + extra + ")"));
                }
            }
        }
        String assessment = q.assessment() == null ? "not assessed" : q.assessment();
        String qualityClass = q.quality().map(Enum::name)
                .orElse(q.assessment() == null ? QualityAssessment.UNKNOWN.name() : OTHER);
        return new ModelCardView.Quality(assessment, qualityClass, q.assessmentRule(), recommendations,
                CardFacts.of(q.extra()));
    }

    private static ModelCardView.Section data(TrainingDataset d) {
        if (d == null) {
            return null;
        }
        List<ModelCardView.Fact> facts = new ArrayList<>();
        fact(facts, "Training rows", count(d.trainRows()));
        fact(facts, "Held-out rows", count(d.valRows()));
        fact(facts, "Total rows", count(d.totalRows()));
        fact(facts, "Features", count(d.totalFeatures()));
        fact(facts, "Target", d.targetColumn());
        if (d.dataset() != null) {
            fact(facts, "Dataset", d.dataset().name() + " version " + d.dataset().version() + " ("
                    + d.dataset().source() + ", " + count(d.dataset().rows()) + " rows)");
            fact(facts, "SHA-256", d.dataset().sha256());
        }
        if (d.split() != null) {
            fact(facts, "Split", d.split().strategy());
            fact(facts, "Split digest", d.split().digest());
        }
        if (d.featureNames() != null) {
            fact(facts, "Feature names", d.featureNames().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        facts.addAll(CardFacts.of(d.extra()));
        return new ModelCardView.Section("data", "Data summary", facts);
    }

    private static List<ModelCardView.FeatureRow> features(ModelCard card) {
        List<ModelCardView.FeatureRow> out = new ArrayList<>();
        if (card.featureInventory() == null) {
            return out;
        }
        Map<String, ColumnStatistics> information = card.columnStatistics() == null ? Map.of() : card.columnStatistics();
        for (FeatureInfo f : card.featureInventory()) {
            if (f == null) {
                continue;
            }
            Optional<FeatureType> type = f.featureType();
            ColumnImportance importance = f.columnImportance();
            ColumnStatistics stats = f.name() == null ? null : information.get(f.name());
            String samples = f.sampleValues() == null ? "" : CardFacts.text(f.sampleValues());
            out.add(new ModelCardView.FeatureRow(f.name() == null ? "(unnamed)" : f.name(),
                    type.map(FeatureType::spelling).orElse(f.type() == null ? "not given" : f.type()),
                    type.map(FeatureType::spelling).orElse("other"), orEmpty(f.encoderType()),
                    importance == null ? "" : CardFacts.text(importance.weight()), importance(importance),
                    f.uniqueValues() == null ? "" : count(f.uniqueValues()),
                    f.missingValues() == null ? "" : count(f.missingValues()), samples, statistics(f.statistics()),
                    stats == null || stats.mutualInformationBits() == null ? null : Fmt.number(stats.mutualInformationBits()),
                    CardFacts.inline(f.extra())));
        }
        return out;
    }

    private static String importance(ColumnImportance c) {
        if (c == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (c.reason() != null) {
            parts.add(c.reason());
        }
        if (c.description() != null) {
            parts.add(c.description());
        }
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("confidence", c.confidence());
        more.put("unique_ratio", c.uniqueRatio());
        more.put("semantic_similarity", c.semanticSimilarity());
        more.put("average_loss", c.averageLoss());
        more.put("pruning_method", c.pruningMethod());
        more.values().removeIf(Objects::isNull);
        more.putAll(c.extra());
        if (!more.isEmpty()) {
            parts.add(CardFacts.inline(more));
        }
        return String.join(": ", parts);
    }

    private static String statistics(ScalarStatistics s) {
        if (s == null) {
            return "";
        }
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("min", s.min());
        parts.put("q10", s.q10());
        parts.put("q25", s.q25());
        parts.put("median", s.median());
        parts.put("mean", s.mean());
        parts.put("q75", s.q75());
        parts.put("q90", s.q90());
        parts.put("max", s.max());
        parts.put("sd", s.std());
        parts.values().removeIf(Objects::isNull);
        parts.putAll(s.extra());
        // A label and its value never part at a line end; the parts may.
        return CardFacts.of(parts).stream().map(f -> f.label() + "\u00a0" + f.value()).collect(Collectors.joining(" \u00b7 "));
    }

    private static List<ModelCardView.TypeCount> typeCounts(List<ModelCardView.FeatureRow> features) {
        List<ModelCardView.TypeCount> out = new ArrayList<>();
        for (FeatureType t : TYPES) {
            long n = features.stream().filter(f -> f.typeKey().equals(t.spelling())).count();
            if (n > 0) {
                out.add(new ModelCardView.TypeCount(t.spelling(), t.spelling(), (int) n));
            }
        }
        long other = features.stream().filter(f -> f.typeKey().equals("other")).count();
        if (other > 0) {
            out.add(new ModelCardView.TypeCount("other", "other", (int) other));
        }
        return out;
    }

    private static ModelCardView.Training training(TrainingMetrics m) {
        if (m == null) {
            return null;
        }
        List<ModelCardView.Fact> facts = new ArrayList<>();
        fact(facts, "Evaluated on", m.evaluatedOn());
        if (m.headline() != null) {
            for (HeadlineMetric h : m.headline()) {
                if (h != null) {
                    facts.add(ModelCardView.Fact.of(h.name(), Fmt.metric(h.value())
                            + (h.ciLower() == null ? "" : ", interval " + Fmt.interval(h.ciLower(), h.ciUpper()))));
                }
            }
        }
        facts.addAll(CardFacts.of(m.extra()));
        return new ModelCardView.Training(LossChart.dataUri(m), facts);
    }

    private static List<ModelCardView.Section> sections(ModelCard card) {
        List<ModelCardView.Section> out = new ArrayList<>();
        if (card.trainingConfiguration() != null) {
            out.add(new ModelCardView.Section("configuration", "Training configuration",
                    CardFacts.section(card.trainingConfiguration())));
        }
        if (card.modelArchitecture() != null) {
            out.add(new ModelCardView.Section("architecture", "Model architecture",
                    CardFacts.section(card.modelArchitecture())));
        }
        return out;
    }

    private static List<ModelCardView.Section> collapsed(ModelCard card) {
        List<ModelCardView.Section> out = new ArrayList<>();
        if (card.technicalDetails() != null) {
            out.add(new ModelCardView.Section("technical", "Technical details", CardFacts.section(card.technicalDetails())));
        }
        if (card.provenance() != null) {
            out.add(new ModelCardView.Section("provenance", "Provenance", CardFacts.section(card.provenance())));
        }
        if (card.columnStatistics() != null) {
            List<ModelCardView.Fact> facts = new ArrayList<>();
            card.columnStatistics().forEach((column, stats) -> facts.add(ModelCardView.Fact.of(column,
                    stats == null ? Fmt.UNDEFINED : CardFacts.inline(CardFacts.asMap(stats)))));
            out.add(new ModelCardView.Section("column-statistics", "Column statistics", facts));
        }
        return out;
    }

    private static List<ModelCardView.Section> others(ModelCard card) {
        List<ModelCardView.Section> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Object> e : card.extra().entrySet()) {
            List<ModelCardView.Fact> facts = new ArrayList<>();
            CardFacts.flatten(e.getValue() instanceof Map<?, ?> ? "" : e.getKey(), e.getValue(), facts);
            out.add(new ModelCardView.Section("other-" + ++i, e.getKey(), facts));
        }
        return out;
    }

    private static void fact(List<ModelCardView.Fact> facts, String label, String value) {
        if (value != null) {
            facts.add(ModelCardView.Fact.of(label, value));
        }
    }

    private static String count(Integer n) {
        return n == null ? null : Fmt.count(n);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String text(Object value) {
        return value == null ? null : CardFacts.text(value);
    }

}
