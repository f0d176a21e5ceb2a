package io.modellab.evalharness.core.schema;

import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.modelcard.ClassificationMetrics;
import io.modellab.evalharness.core.schema.modelcard.ColumnImportance;
import io.modellab.evalharness.core.schema.modelcard.FeatureInfo;
import io.modellab.evalharness.core.schema.modelcard.FeatureType;
import io.modellab.evalharness.core.schema.modelcard.ModelArchitecture;
import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import io.modellab.evalharness.core.schema.modelcard.ModelIdentification;
import io.modellab.evalharness.core.schema.modelcard.ModelQuality;
import io.modellab.evalharness.core.schema.modelcard.OptimalThreshold;
import io.modellab.evalharness.core.schema.modelcard.Provenance;
import io.modellab.evalharness.core.schema.modelcard.QualityAssessment;
import io.modellab.evalharness.core.schema.modelcard.QualityWarning;
import io.modellab.evalharness.core.schema.modelcard.Recommendation;
import io.modellab.evalharness.core.schema.modelcard.ScalarStatistics;
import io.modellab.evalharness.core.schema.modelcard.Severity;
import io.modellab.evalharness.core.schema.modelcard.TechnicalDetails;
import io.modellab.evalharness.core.schema.modelcard.TrainingConfiguration;
import io.modellab.evalharness.core.schema.modelcard.TrainingDataset;
import io.modellab.evalharness.core.schema.modelcard.TrainingMetrics;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid records of every artifact type, as a real binary classification run would write them. */
public final class Samples {

    public static final String RUN = "run-20261123-170000-0a1b2c3d";
    public static final String BASELINE_RUN = "run-20261123-165900-99887766";

    private Samples() {
    }

    public static DatasetRef dataset() {
        return new DatasetRef("credit-g", "v-0f3c2a1b9e8d",
                "0f3c2a1b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b", "datasets/credit-g.csv", 1000L);
    }

    public static CodeVersion code() {
        return new CodeVersion("0123456789abcdef0123456789abcdef01234567", false);
    }

    public static SplitRef split() {
        return new SplitRef("stratified 70/30 seed 42", "ab".repeat(32));
    }

    public static EvalSummary summary() {
        return new EvalSummary(SchemaVersion.CURRENT, "credit-g-demo", RUN, Task.BINARY_CLASSIFICATION,
                "logistic_regression", ModelRole.IMPROVED, dataset(), code(), 42L, 300L, "bad",
                List.of(new HeadlineMetric("roc_auc", 0.781, 0.726, 0.833), new HeadlineMetric("accuracy", 0.75, null, null)),
                BASELINE_RUN, new BaselineCheck(BaselineCheck.Status.OK, BASELINE_RUN, "run " + RUN + " improves on baseline " + BASELINE_RUN),
                EvalFiles.STANDARD, List.of("plots/roc_curve.png"));
    }

    public static MetricsReport metrics() {
        return new MetricsReport(SchemaVersion.CURRENT, RUN, Task.BINARY_CLASSIFICATION, "logistic_regression", "test",
                300, "bad", 0.5,
                List.of(MetricValue.of("accuracy", 0.75), MetricValue.of("roc_auc", 0.781),
                        new MetricValue("f1", 0.55, "binary", "positive label bad")),
                List.of(new ClassMetrics("good", 210.0, 0.8, 0.857, 0.828, 0.5),
                        new ClassMetrics("bad", 90.0, 0.6, 0.5, 0.545, 0.857)),
                new ConfusionMatrix(List.of("good", "bad"), List.of(List.of(180L, 30L), List.of(45L, 45L))),
                new BaselineMetrics(BASELINE_RUN, "most_frequent", List.of(
                        MetricValue.of("accuracy", 0.7), MetricValue.of("roc_auc", 0.5),
                        new MetricValue("f1", 0.0, "binary", "no row predicted bad"))));
    }

    public static ConfidenceIntervals intervals() {
        return new ConfidenceIntervals(SchemaVersion.CURRENT, RUN, "mixed: see each interval's method", 0.95, 1000,
                42L, List.of(new ConfidenceInterval("roc_auc", 0.781, 0.780, 0.722, 0.829, 1000, "bca_bootstrap",
                        0.0476, -0.0121),
                        new ConfidenceInterval("accuracy", 1.0, 1.0, 1.0, 1.0, 1000,
                                "percentile_bootstrap (BCa fallback: the jackknife values are all equal)", null, null)));
    }

    public static SliceReport slices() {
        List<String> withMissing = new java.util.ArrayList<>();
        withMissing.add(null);
        return new SliceReport(SchemaVersion.CURRENT, RUN, 30, List.of(MetricValue.of("accuracy", 0.75)),
                List.of(new SliceResult("checking_status = <0", new SliceDefinition(SliceDefinition.COLUMN_IN,
                                "checking_status", List.of("<0")), 82, false,
                                List.of(MetricValue.of("accuracy", 0.65)), List.of(new MetricDelta("accuracy", -0.1))),
                        new SliceResult("checking_status missing", new SliceDefinition(SliceDefinition.COLUMN_IN,
                                "checking_status", withMissing), 3, true,
                                List.of(MetricValue.of("accuracy", 1.0)), List.of(new MetricDelta("accuracy", 0.25)))));
    }

    public static FailureExamples failures() {
        Map<String, String> features = new LinkedHashMap<>();
        features.put("checking_status", "<0");
        features.put("duration", "48");
        features.put("purpose", null);
        return new FailureExamples(SchemaVersion.CURRENT, RUN,
                List.of(new FailureRule("confident_wrong", "wrong predictions, most confident first", 5, 12L)),
                List.of(new FailureExample("17", "confident_wrong", "good", "bad", 0.93,
                        "predicted good with confidence 0.93, actual bad", null, features,
                        "datasets/credit-g.csv#row=17")));
    }

    public static RunRecord run() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("test_fraction", 0.3);
        config.put("model", "logistic_regression");
        return new RunRecord(SchemaVersion.CURRENT, RUN, "credit-g-demo", "logistic_regression", ModelRole.IMPROVED,
                RunStatus.DONE, null, 42L, code(), dataset(), split(), BASELINE_RUN,
                new BaselineCheck(BaselineCheck.Status.OK, BASELINE_RUN, "run " + RUN + " improves on baseline " + BASELINE_RUN), config,
                new RunTimings("2026-11-23T17:00:00Z", "2026-11-23T17:00:02Z", 2000L),
                new RunEnvironment("17.0.15", "Debian", "Linux", "amd64", "0.1.0-SNAPSHOT"));
    }

    public static LeakageReport leakage() {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("rows_in_train_by_key", 0);
        evidence.put("key_examples", List.of());
        return new LeakageReport(SchemaVersion.CURRENT, RUN, true, List.of(
                new LeakageCheck("split_disjoint", LeakageCheck.Status.PASS, "no held-out row is in train", evidence),
                new LeakageCheck("time_ordered", LeakageCheck.Status.SKIPPED, "the split declares no time column", Map.of())));
    }

    public static ProjectRecord project() {
        return new ProjectRecord(SchemaVersion.CURRENT, "credit-g-demo", "German credit risk, baseline first",
                "2026-11-23T16:59:00Z");
    }

    public static DatasetVersion datasetVersion() {
        String sha = "38b6dbf6fb4b0311a3ffc005730f42623128591fb36473ab3c22d270c0467632";
        NumericSummary duration = new NumericSummary(4.0, 72.0, 20.903, 12.0588,
                List.of(new QuantileValue(0.25, 12.0), new QuantileValue(0.5, 18.0), new QuantileValue(0.75, 24.0)), true,
                new Histogram(List.of(4.0, 38.0, 72.0), List.of(900L, 100L), true));
        ValueCounts classes = new ValueCounts(List.of(new ValueCount("good", 700L), new ValueCount("bad", 300L)), 0L,
                2L, true, 1000);
        DatasetProfile profile = new DatasetProfile(1000L, 3L, 3L,
                List.of(new MissingCount(0, 997L), new MissingCount(1, 3L)),
                List.of(new ColumnProfile("duration", ColumnType.INTEGER, 997L, 3L, 0.003, duration, null, null, null),
                        new ColumnProfile("class", ColumnType.CATEGORICAL, 1000L, 0L, 0.0, null, classes, null, null),
                        new ColumnProfile("applied", ColumnType.DATETIME, 1000L, 0L, 0.0, null, null, null,
                                new DateTimeRange("2020-01-01", "2020-12-31T23:00:00Z"))),
                new LabelBalance("class", classes.top(), 0L));
        return new DatasetVersion(SchemaVersion.CURRENT, "credit-g-demo", "credit-g", "sha256-38b6dbf6fb4b", sha, 1000L,
                "class", List.of("", "NA"),
                List.of(new ColumnSchema("duration", ColumnType.INTEGER, ColumnType.INTEGER),
                        new ColumnSchema("class", ColumnType.CATEGORICAL, ColumnType.CATEGORICAL),
                        new ColumnSchema("applied", ColumnType.DATETIME, ColumnType.DATETIME)),
                List.of(new SourceFile("datasets/credit-g.csv", sha, 139016L, 1000L)), profile,
                new DatasetSplit(SplitStrategy.STRATIFIED, "stratified on class, 30% test, seed 42", "class", 0.3, 42L,
                        700L, 0L, 300L, "ab".repeat(32)),
                new DatasetProvenance(DatasetProvenance.Kind.FILE, "datasets/credit-g.csv", "CreditGDemo",
                        "modellab 0.1.0-SNAPSHOT", "2026-11-23T16:59:30Z"),
                null);
    }

    public static Takeaway takeaway() {
        return new Takeaway(List.of("One 0.78.", "Two.", "Three.", "Four.", "Five."));
    }

    public static EvalFolder folder() {
        return new EvalFolder(summary(), metrics(), intervals(), slices(), failures(), takeaway(),
                List.of(new Plot("roc_curve.png", out -> out.write("png".getBytes(StandardCharsets.US_ASCII)))),
                "# Reproduce\n", predictions());
    }

    /** A stress table of two corruptions at severities 0 and 0.2, and the folder that holds it. */
    public static StressReport stress() {
        List<MetricValue> clean = List.of(MetricValue.of("roc_auc", 0.781), MetricValue.of("accuracy", 0.75));
        return new StressReport(SchemaVersion.CURRENT, RUN, 42L, "percentile_bootstrap (paired difference)", 0.95, 1000,
                List.of(0.0, 0.2), List.of("roc_auc", "accuracy"), clean,
                List.of(new StressCorruption("missing_values", "missing_values", List.of("checking_status", "duration"),
                                "a share of the non-missing cells of every column set missing"),
                        new StressCorruption("label_noise", "label_noise", List.of(),
                                "a share of the labels changed to another label")),
                List.of(unchanged("missing_values"),
                        new Degradation("missing_values", 0.2, 300, 120, List.of(
                                new DegradedMetric("roc_auc", 0.781, 0.702, -0.079, -0.11, -0.05),
                                new DegradedMetric("accuracy", 0.75, 0.71, -0.04, -0.07, -0.01))),
                        unchanged("label_noise"),
                        new Degradation("label_noise", 0.2, 300, 60, List.of(
                                new DegradedMetric("roc_auc", 0.781, 0.66, -0.121, -0.16, -0.08),
                                new DegradedMetric("accuracy", 0.75, null, null, null, null)))),
                "roc_auc", List.of(new ColumnPermutationImportance("checking_status", 0.05, 0.03, 0.07),
                        new ColumnPermutationImportance("duration", 0.0, 0.0, 0.0)),
                List.of("plots/degradation_roc_auc.png"));
    }

    private static Degradation unchanged(String corruption) {
        return new Degradation(corruption, 0.0, 300, 0, List.of(new DegradedMetric("roc_auc", 0.781, 0.781, 0.0, 0.0, 0.0),
                new DegradedMetric("accuracy", 0.75, 0.75, 0.0, 0.0, 0.0)));
    }

    /** {@link #folder()} with {@link #stress()}: the summary points to stress.json and the degradation plot is written. */
    public static EvalFolder folderWithStress() {
        EvalFolder f = folder();
        EvalSummary s = f.summary();
        EvalSummary summary = new EvalSummary(s.schemaVersion(), s.project(), s.runId(), s.task(), s.model(), s.role(),
                s.dataset(), s.codeVersion(), s.seed(), s.testRows(), s.positiveLabel(), s.headline(), s.baselineRunId(),
                s.baselineCheck(), EvalFiles.standard(true), s.keyPlots());
        List<Plot> plots = new java.util.ArrayList<>(f.plots());
        plots.add(new Plot("degradation_roc_auc.png", out -> out.write("png".getBytes(StandardCharsets.US_ASCII))));
        return new EvalFolder(summary, f.metrics(), f.confidenceIntervals(), f.slices(), f.failureExamples(),
                f.takeaway(), plots, f.repro(), f.predictions(), stress());
    }

    public static TestPredictions predictions() {
        return new TestPredictions(SchemaVersion.CURRENT, RUN, Task.BINARY_CLASSIFICATION, "bad", 0.5,
                List.of("r1", "r2", "r3"), List.of("bad", "good", "good"), List.of(0.9, 0.2, 0.6));
    }

    /** A card as ModelLab writes one: every section, nulls where a value cannot be known. */
    public static ModelCard modelCard() {
        ColumnImportance used = ColumnImportance.of(1.0, ColumnImportance.INCLUDED, "an input of the model");
        return new ModelCard(
                new ModelIdentification(RUN, null, "logistic_regression", "class", "set", null, "2026-11-23", "DONE",
                        ModelIdentification.SINGLE_PREDICTOR, "ModelLab 0.1.0-SNAPSHOT", "credit-g-demo", "improved", Map.of()),
                new TrainingDataset(700, 300, 1000, 2, List.of("checking_status", "duration"), "class", dataset(),
                        split(), Map.of()),
                List.of(new FeatureInfo("checking_status", FeatureType.SET.spelling(), "one-hot", used, 4,
                                List.of("no checking", "<0", "0<=X<200", ">=200"), null, 0, Map.of()),
                        new FeatureInfo("duration", FeatureType.SCALAR.spelling(), "standardised", used, null, null,
                                new ScalarStatistics(4.0, 72.0, 20.9, 12.1, 18.0, 9.0, 12.0, 24.0, 36.0, Map.of()), 0,
                                Map.of())),
                new TrainingConfiguration(null, null, null, null, null, null, null, 42L, Map.of("pipeline", "logistic_regression"),
                        Map.of()),
                new TrainingMetrics(null, null, null,
                        new ClassificationMetrics(0.75, 0.6, 0.5, 0.545, 0.781, true, Map.of()),
                        new OptimalThreshold(0.31, "bad", 0.61, 0.72, Map.of()), null, "test split, 300 rows",
                        List.of(new HeadlineMetric("roc_auc", 0.781, 0.726, 0.833)), Map.of()),
                new ModelArchitecture(null, null, null, "L2-regularised logistic regression", Map.of()),
                new ModelQuality(QualityAssessment.GOOD.spelling(),
                        List.of(Recommendation.of("Decision threshold", "Consider 0.31")),
                        List.of(QualityWarning.of("UNDEFINED_METRIC", Severity.LOW, "ece is undefined", Map.of("metric", "ece"),
                                "Read the note")), null, "lower end 0.726 of the ROC-AUC interval is at least 0.70", Map.of()),
                new TechnicalDetails(null, "CPU", "float64", null, "logistic loss", "Java 17.0.15 on Linux amd64", Map.of()),
                new Provenance("2026-11-23T17:00:02Z", 0.0333, Map.of("modellab", "0.1.0-SNAPSHOT"), Map.of()),
                null, Map.of());
    }
}
