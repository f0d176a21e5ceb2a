package io.modellab.tracker.card;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.ModelCardFiles;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.modelcard.CardStatus;
import io.modellab.evalharness.core.schema.modelcard.FeatureType;
import io.modellab.evalharness.core.schema.modelcard.ModelArchitecture;
import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import io.modellab.evalharness.core.schema.modelcard.ModelIdentification;
import io.modellab.evalharness.core.schema.modelcard.ModelQuality;
import io.modellab.evalharness.core.schema.modelcard.Provenance;
import io.modellab.evalharness.core.schema.modelcard.QualityWarning;
import io.modellab.evalharness.core.schema.modelcard.Severity;
import io.modellab.evalharness.core.schema.modelcard.TechnicalDetails;
import io.modellab.evalharness.core.schema.modelcard.TrainingConfiguration;
import io.modellab.evalharness.core.schema.modelcard.TrainingDataset;
import io.modellab.evalharness.core.schema.modelcard.TrainingMetrics;
import io.modellab.evalharness.core.spi.ModelDescription;
import io.modellab.evalharness.plots.html.ModelCardPages;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A trained run's model card: {@code <run>/model_card.json} in the Featrix Sphere format, and its page
 * {@code <run>/model_card.html}, from what the run knows — run.json, leakage.json, the eval folder, the training
 * rows and the pipeline's own description of its model.
 *
 * <pre>{@code
 * run.done();
 * ModelCards.write(artifactsRoot, project, runId,
 *         new ModelCards.Training(rows, labels, train, "class", pipeline.describe()));
 * }</pre>
 *
 * <p>Every section is written; a field the run cannot know (a neural network's epochs, a compute cluster, a
 * pipeline that does not describe itself) is {@code null}, never a guess. The sections follow documented rules:
 * feature types and statistics ({@link FeatureInventory}), metrics ({@link CardMetrics}), the assessment
 * ({@link QualityRule}), warnings ({@link QualityWarnings}) and recommendations ({@link CardRecommendations}). The
 * same run folder and training rows give the same bytes; the only values that change when a run is repeated are its
 * run id and the times taken from run.json ({@code training_date} and {@code provenance}).
 */
public final class ModelCards {

    private ModelCards() {
    }

    /**
     * What the card needs beyond the run's files: the rows the model was trained on, and what the model is.
     *
     * @param rows every row's features (the target removed)
     * @param labels every row's label, in the order of {@code rows}
     * @param train positions of the training rows
     * @param target the label column's name
     * @param model the pipeline's description of its model ({@link ModelDescription#UNKNOWN} when it gives none)
     */
    public record Training(Table rows, String[] labels, int[] train, String target, ModelDescription model) {
        /** Checks that the pieces fit together. */
        public Training {
            Objects.requireNonNull(rows, "rows");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(model, "model");
            if (labels.length != rows.rowCount()) {
                throw new IllegalArgumentException(rows.rowCount() + " rows but " + labels.length + " labels");
            }
        }

        /** The training rows' features. */
        Table trainRows() {
            return rows.rows(train);
        }

        /** How many training rows each label has, labels sorted. */
        Map<String, Integer> trainLabelCounts() {
            Map<String, Integer> counts = new TreeMap<>();
            for (int row : train) {
                counts.merge(labels[row], 1, Integer::sum);
            }
            return counts;
        }
    }

    /**
     * Builds the card of a finished run from its folder and writes model_card.json and model_card.html beside its
     * run.json (replacing earlier ones).
     *
     * @return the path of model_card.json
     */
    public static Path write(Path artifactsRoot, String project, String runId, Training training) {
        Path runDir = EvalFolderWriter.runDir(artifactsRoot, project, runId);
        ModelCard card = build(RunEvidence.read(runDir), training);
        Path json = ModelCardFiles.write(runDir.resolve(RunFolder.MODEL_CARD), card);
        ModelCardPages.write(runDir.resolve(RunFolder.MODEL_CARD_PAGE), card);
        return json;
    }

    /** The card of a run, as {@link #write} writes it. */
    static ModelCard build(RunEvidence run, Training training) {
        RunRecord r = run.run();
        ModelDescription model = training.model();
        Table trainRows = training.trainRows();
        int testRows = Math.toIntExact(run.summary().testRows()); // the card format counts rows in 32 bits

        // Every task a run can have today is a classification, whose target is a set.
        ModelIdentification identification = new ModelIdentification(r.runId(), null, r.model(), training.target(),
                FeatureType.SET.spelling(), null,
                trainingDate(r.timings()), status(r.status()), ModelIdentification.SINGLE_PREDICTOR, model.framework(),
                r.project(), r.role().name().toLowerCase(Locale.ROOT), Map.of());
        TrainingDataset dataset = new TrainingDataset(trainRows.rowCount(), testRows, trainRows.rowCount() + testRows,
                trainRows.columnNames().size(), trainRows.columnNames(), training.target(), r.dataset(), r.split(),
                Map.of());
        TrainingMetrics metrics = CardMetrics.of(run);
        return new ModelCard(identification, dataset, FeatureInventory.of(trainRows, model),
                new TrainingConfiguration(null, null, null, null, null, null, null, r.seed(), r.config(), Map.of()),
                metrics, new ModelArchitecture(null, null, null, model.architecture(), Map.of()),
                quality(run, training, metrics), technical(model, r.environment()), provenance(r), null, Map.of());
    }

    private static ModelQuality quality(RunEvidence run, Training training, TrainingMetrics metrics) {
        HeadlineMetric rocAuc = run.summary().headline().stream().filter(h -> h.name().equals("roc_auc")).findFirst()
                .orElse(null);
        Double lower = rocAuc == null ? null : rocAuc.ciLower();
        List<QualityWarning> warnings = QualityWarnings.of(run, training.trainLabelCounts(), lower);
        int high = (int) warnings.stream().filter(w -> w.level().orElse(null) == Severity.HIGH).count();
        Double baseline = run.metrics().baseline() == null ? null
                : MetricValue.valueOf(run.metrics().baseline().metrics(), "roc_auc");
        QualityRule.Verdict verdict = QualityRule.grade(rocAuc == null ? null : rocAuc.value(), lower,
                rocAuc == null ? null : rocAuc.ciUpper(), run.intervals().confidenceLevel(), baseline, high);
        return new ModelQuality(verdict.assessment().spelling(),
                CardRecommendations.of(run.summary().role(), verdict.assessment(), run.metrics().decisionThreshold(),
                        metrics.classificationMetrics(), metrics.optimalThreshold()),
                warnings, null, verdict.rule(), Map.of());
    }

    private static TechnicalDetails technical(ModelDescription model, RunEnvironment env) {
        return new TechnicalDetails(null, model.device(), model.precision(), null, model.lossFunction(),
                String.format(Locale.ROOT, "Java %s (%s) on %s %s", env.javaVersion(), env.javaVendor(), env.osName(),
                        env.osArch()), Map.of());
    }

    private static Provenance provenance(RunRecord r) {
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("modellab", r.environment().modellabVersion());
        versions.put("commit", r.codeVersion().commit());
        versions.put("uncommitted_changes", r.codeVersion().dirty());
        Long millis = r.timings().durationMillis();
        return new Provenance(r.timings().finishedAt(), millis == null ? null : millis / 60_000.0, versions, Map.of());
    }

    private static String trainingDate(RunTimings timings) {
        return timings.finishedAt() == null ? null
                : Instant.parse(timings.finishedAt()).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String status(RunStatus status) {
        return switch (status) {
            case DONE -> CardStatus.DONE.spelling();
            case FAILED -> CardStatus.FAILED.spelling();
            case RUNNING -> CardStatus.TRAINING.spelling();
        };
    }
}
