package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.modelcard.CardStatus;
import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import io.modellab.evalharness.core.schema.modelcard.ModelIdentification;
import io.modellab.evalharness.core.schema.modelcard.ModelQuality;
import io.modellab.evalharness.core.schema.modelcard.QualityAssessment;
import io.modellab.evalharness.core.schema.modelcard.QualityWarning;
import io.modellab.evalharness.core.schema.modelcard.Recommendation;
import io.modellab.evalharness.core.schema.modelcard.Severity;
import io.modellab.evalharness.core.schema.modelcard.TrainingDataset;
import io.modellab.evalharness.core.schema.modelcard.TrainingMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A model card as its page shows it ({@link ModelCardView}): the header, warnings, quality and sections here, the
 * metrics in {@link CardDashboard}, the feature table in {@link FeatureRows}. Works on any card, ours or another
 * system's: a missing section is left out, a missing value shows as the undefined mark, and every field and section
 * this library does not know is shown as facts ({@link CardFacts}).
 */
final class ModelCardViews {

    /** Types that are none of the spec's. */
    static final String OTHER = "OTHER";

    private ModelCardViews() {
    }

    static ModelCardView view(ModelCard card) {
        TrainingMetrics metrics = card.trainingMetrics();
        List<ModelCardView.FeatureRow> features = FeatureRows.of(card);
        return new ModelCardView(header(card), warnings(card.modelQuality()), CardDashboard.of(metrics), quality(card.modelQuality()),
                data(card.trainingDataset()), features, FeatureRows.typeCounts(features),
                features.stream().anyMatch(f -> f.information() != null),
                features.stream().anyMatch(f -> !f.extra().isEmpty()), FeatureRows.importanceReasons(card),
                training(metrics), sections(card),
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

    private static String count(Number n) {
        return n == null ? null : Fmt.count(n);
    }

    private static String text(Object value) {
        return value == null ? null : CardFacts.text(value);
    }

}
