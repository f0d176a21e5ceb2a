package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.ClassMetrics;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.ConfusionMatrix;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.FailureRule;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.MetricDelta;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.plots.ClassificationPlots;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.plots.PlotsTestAccess;
import io.modellab.evalharness.plots.RegressionPlots;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** A complete run report's inputs whose free-text fields all come from one source, e.g. an attack corpus. */
final class ReportFixtures {

    static final String RUN = "run-20261123-120000-0123abcd";
    static final String BASELINE = "run-20261123-115900-89abcdef";
    static final String COMMIT = "959faace92dcdbc2cd883f53d83df1acab6aece8";
    static final String SHA = "38b6dbf6fb4b0311a3f1fc005730f42623128591fb36473ab3c22d270c8467632".substring(0, 64);

    /**
     * Free text that a user's data or config can carry; every other string is fixed and safe by validation. Every
     * string {@link #inputs} asks for is shown on the page.
     */
    static final IntFunction<String> PLAIN = i -> List.of("checking_status", "<0", "no checking", "purpose",
            "radio/tv", "age", "42", "credit_amount", "5943", "trained on 700 rows", "a note", "why not",
            "saving_status", "500<=X<1000").get(i % 14);

    private ReportFixtures() {
    }

    static RunReports.Inputs inputs(IntFunction<String> text) {
        int[] next = {0};
        IntFunction<String> t = ignored -> text.apply(next[0]++);
        DatasetRef dataset = new DatasetRef("credit-g", "v1", SHA, "datasets/credit-g.csv", 1000L);
        CodeVersion code = new CodeVersion(COMMIT, false);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("template", "logistic_regression");
        config.put(t.apply(0), t.apply(0));
        config.put("preprocessing", Map.of("scaler", t.apply(0), "impute", "median"));
        RunRecord run = new RunRecord(SchemaVersion.CURRENT, RUN, "credit-g-demo", "logistic_regression",
                ModelRole.IMPROVED, RunStatus.DONE, t.apply(0), 42L, code, dataset,
                new SplitRef("stratified on class, 30% test, seed 42", SHA), BASELINE,
                new BaselineCheck(BaselineCheck.Status.OK, BASELINE, "improves on the baseline"), config,
                new RunTimings("2026-11-23T12:00:00Z", "2026-11-23T12:00:04Z", 4000L),
                new RunEnvironment("17.0.17", "Eclipse Adoptium", "Linux", "amd64", "0.1.0-SNAPSHOT"));
        LeakageReport leakage = new LeakageReport(SchemaVersion.CURRENT, RUN, true, List.of(
                new LeakageCheck("split_disjoint", LeakageCheck.Status.PASS, t.apply(0), Map.of()),
                new LeakageCheck("target_proxy", LeakageCheck.Status.WARN, t.apply(0), Map.of("column", "checking_status"))));
        List<HeadlineMetric> headline = List.of(new HeadlineMetric("roc_auc", 0.79, 0.738, 0.843),
                new HeadlineMetric("accuracy", 0.76, 0.71, 0.807), new HeadlineMetric("f1", 0.52, 0.417, 0.612));
        EvalSummary summary = new EvalSummary(SchemaVersion.CURRENT, "credit-g-demo", RUN,
                Task.BINARY_CLASSIFICATION, "logistic_regression", ModelRole.IMPROVED, dataset, code, 42L, 300L, "bad",
                headline, BASELINE, new BaselineCheck(BaselineCheck.Status.OK, BASELINE, t.apply(0)), EvalFiles.STANDARD,
                List.of("plots/roc_curve.png", "plots/confusion_matrix.png"));
        List<MetricValue> overall = List.of(new MetricValue("roc_auc", 0.79, null, null),
                new MetricValue("accuracy", 0.76, null, null), new MetricValue("f1", 0.52, null, t.apply(0)),
                new MetricValue("precision", null, null, t.apply(0)));
        MetricsReport metrics = new MetricsReport(SchemaVersion.CURRENT, RUN, Task.BINARY_CLASSIFICATION,
                "logistic_regression", "test", 300, "bad", 0.5, overall, List.of(
                        new ClassMetrics(t.apply(0), 210.0, 0.79, 0.9, 0.84, 0.43),
                        new ClassMetrics("bad", 90.0, 0.65, 0.43, 0.52, 0.9)),
                new ConfusionMatrix(List.of("good", "bad"), List.of(List.of(189L, 21L), List.of(51L, 39L))),
                new BaselineMetrics(BASELINE, "most_frequent", List.of(new MetricValue("roc_auc", 0.5, null, null),
                        new MetricValue("accuracy", 0.7, null, null), new MetricValue("f1", 0.0, null, null))));
        ConfidenceIntervals intervals = new ConfidenceIntervals(SchemaVersion.CURRENT, RUN, "percentile_bootstrap",
                0.95, 1000, 42L, List.of(new ConfidenceInterval("roc_auc", 0.79, 0.789, 0.738, 0.843, 1000)));
        String column = t.apply(0);
        SliceReport slices = new SliceReport(SchemaVersion.CURRENT, RUN, 30, overall, List.of(
                slice(column + " = " + t.apply(0), column, t.apply(0), 89, false, 0.63),
                slice(column + " = " + t.apply(0), column, t.apply(0), 16, true, 0.81),
                slice(column + " = " + t.apply(0), column, t.apply(0), 120, false, 0.89)));
        Map<String, String> features = new LinkedHashMap<>();
        features.put(t.apply(0), t.apply(0));
        features.put("age", "44");
        FailureExamples failures = new FailureExamples(SchemaVersion.CURRENT, RUN,
                List.of(new FailureRule("confident_wrong", t.apply(0), 5, 14L)), List.of(
                        new FailureExample(t.apply(0), "confident_wrong", t.apply(0), "bad", 0.96, t.apply(0), null,
                                features, "datasets/credit-g.csv#row=81"),
                        new FailureExample("797", "confident_wrong", "good", "bad", 0.95, "predicted good",
                                t.apply(0), Map.of("age", "51"), "datasets/credit-g.csv#row=797")));
        String takeaway = String.join("\n", t.apply(0), "sentence two", "sentence three", "sentence four", t.apply(0))
                + "\n";
        Map<String, byte[]> plots = new LinkedHashMap<>();
        plots.put("roc_curve.png", PlotsTestAccess.render(ClassificationPlots.roc("m", new double[] {0, 0.2, 1},
                new double[] {0, 0.7, 1}, 0.79, ImageFormat.PNG)));
        plots.put("confusion_matrix.png", PlotsTestAccess.render(ClassificationPlots.confusionMatrix("m",
                List.of("good", "bad"), new double[][] {{189, 21}, {51, 39}}, false, ImageFormat.PNG)));
        return new RunReports.Inputs(run, leakage, summary, metrics, intervals, slices, failures, takeaway,
                "# Reproduce\n\n```sh\n" + t.apply(0) + "\n```\n", plots);
    }

    /**
     * A regression run's report inputs, as the regression evaluator writes them: task regression, no positive label,
     * RMSE / MAE / R² headline, slices by RMSE (lower is better), regression failure rules, and real regression plots.
     */
    static RunReports.Inputs regressionInputs() {
        DatasetRef dataset = new DatasetRef("cpu", "v1", SHA, "datasets/cpu.csv", 209L);
        CodeVersion code = new CodeVersion(COMMIT, false);
        RunRecord run = new RunRecord(SchemaVersion.CURRENT, RUN, "cpu-demo", "xgboost", ModelRole.IMPROVED,
                RunStatus.DONE, null, 42L, code, dataset, new SplitRef("target quintiles, 30% test, seed 42", SHA),
                BASELINE, new BaselineCheck(BaselineCheck.Status.OK, BASELINE, "improves on the baseline"),
                Map.of("template", "xgboost"), new RunTimings("2026-11-23T12:00:00Z", "2026-11-23T12:00:04Z", 4000L),
                new RunEnvironment("17.0.17", "Eclipse Adoptium", "Linux", "amd64", "0.1.0-SNAPSHOT"));
        List<HeadlineMetric> headline = List.of(new HeadlineMetric("rmse", 41.2, 27.9, 60.3),
                new HeadlineMetric("mae", 20.5, 15.1, 27.7), new HeadlineMetric("r2", 0.91, 0.82, 0.96));
        EvalSummary summary = new EvalSummary(SchemaVersion.CURRENT, "cpu-demo", RUN, Task.REGRESSION, "xgboost",
                ModelRole.IMPROVED, dataset, code, 42L, 63L, null, headline, BASELINE,
                new BaselineCheck(BaselineCheck.Status.OK, BASELINE, "improves on the baseline"),
                EvalFiles.regression(false).withFailureModes(EvalFiles.FAILURE_MODES),
                List.of("plots/predicted_vs_actual.png", "plots/residuals_vs_predicted.png"));
        List<MetricValue> overall = List.of(MetricValue.of("mae", 20.5), MetricValue.of("rmse", 41.2),
                MetricValue.of("r2", 0.91), new MetricValue("mape", null, null, "undefined: 1 target is 0"));
        MetricsReport metrics = new MetricsReport(SchemaVersion.CURRENT, RUN, Task.REGRESSION, "xgboost", "test", 63,
                null, null, overall, List.of(), null, new BaselineMetrics(BASELINE, "mean", List.of(
                        MetricValue.of("mae", 80.1), MetricValue.of("rmse", 140.7), MetricValue.of("r2", -0.01))));
        ConfidenceIntervals intervals = new ConfidenceIntervals(SchemaVersion.CURRENT, RUN, "bca_bootstrap", 0.95, 1000,
                42L, List.of(new ConfidenceInterval("rmse", 41.2, 40.8, 27.9, 60.3, 1000)));
        SliceReport slices = new SliceReport(SchemaVersion.CURRENT, RUN, 10, overall, List.of(
                rmseSlice("target in [9.5, 27)", 13, 4.1), rmseSlice("target in [113, 1150]", 12, 88.0),
                rmseSlice("MMAX in [16000, 64000]", 14, 70.2)));
        FailureExamples failures = new FailureExamples(SchemaVersion.CURRENT, RUN,
                List.of(new FailureRule("largest_errors", "largest absolute errors first", 5, 63L)),
                List.of(new FailureExample("198", "largest_errors", "779.25", "1150.0", null,
                        "predicted 779.25 for an actual 1150.0: error -370.8", "extreme_value", Map.of("MMAX", "64000"),
                        "datasets/cpu.csv#row=198")));
        String takeaway = "xgboost predicts performance.\nTwo.\nThree.\nFour.\nFive.\n";
        double[] actual = {20, 35, 60, 110, 240, 500, 1150};
        double[] predicted = {25, 30, 70, 100, 260, 420, 780};
        Map<String, byte[]> plots = new LinkedHashMap<>();
        plots.put("predicted_vs_actual.png", PlotsTestAccess.render(RegressionPlots.predictedVsActual("xgboost on cpu",
                actual, predicted, ImageFormat.PNG)));
        plots.put("residuals_vs_predicted.png", PlotsTestAccess.render(RegressionPlots.residuals("xgboost on cpu",
                actual, predicted, ImageFormat.PNG)));
        return new RunReports.Inputs(run, null, summary, metrics, intervals, slices, failures, takeaway,
                "# Reproduce\n", plots);
    }

    private static SliceResult rmseSlice(String name, int size, double rmse) {
        return new SliceResult(name, new SliceDefinition("column_in", "MMAX", List.of("x")), size, false,
                List.of(MetricValue.of("rmse", rmse)), List.of(new MetricDelta("rmse", rmse - 41.2)));
    }

    /**
     * Writes a project of two runs under {@code root}: the fixture's improved run with its eval summary and report,
     * and a FAILED baseline whose model name and reason come from {@code text}.
     */
    static void writeProject(java.nio.file.Path root, IntFunction<String> text) throws java.io.IOException {
        RunReports.Inputs in = inputs(text);
        java.nio.file.Path improved = root.resolve("credit-g-demo").resolve(RUN);
        java.nio.file.Files.createDirectories(improved.resolve("eval"));
        java.nio.file.Files.write(improved.resolve("run.json"), io.modellab.evalharness.core.io.Json.toBytes(in.run()));
        java.nio.file.Files.write(improved.resolve("eval/eval_summary.json"),
                io.modellab.evalharness.core.io.Json.toBytes(in.summary()));
        java.nio.file.Files.writeString(improved.resolve("report.html"), RunReports.render(in));
        RunRecord r = in.run();
        RunRecord failed = new RunRecord(r.schemaVersion(), BASELINE, r.project(), text.apply(100), ModelRole.BASELINE,
                RunStatus.FAILED, text.apply(101), r.seed(), r.codeVersion(), r.dataset(), r.split(), null, null,
                r.config(), r.timings(), r.environment());
        java.nio.file.Path baseline = root.resolve("credit-g-demo").resolve(BASELINE);
        java.nio.file.Files.createDirectories(baseline);
        java.nio.file.Files.write(baseline.resolve("run.json"), io.modellab.evalharness.core.io.Json.toBytes(failed));
        java.nio.file.Files.createDirectories(root.resolve("credit-g-demo").resolve("datasets"));
    }

    /** A comparison of the fixture's baseline and run whose free text comes from {@code text}. */
    static io.modellab.evalharness.core.schema.Comparison comparison(IntFunction<String> text) {
        int[] next = {0};
        IntFunction<String> t = ignored -> text.apply(next[0]++);
        RunReports.Inputs in = inputs(ReportFixtures.PLAIN);
        io.modellab.evalharness.core.schema.Comparison.RunSide reference =
                new io.modellab.evalharness.core.schema.Comparison.RunSide(BASELINE, "most_frequent",
                        ModelRole.BASELINE, null, List.of("plots/roc_curve.png"));
        io.modellab.evalharness.core.schema.Comparison.RunSide candidate =
                new io.modellab.evalharness.core.schema.Comparison.RunSide(RUN, "logistic_regression",
                        ModelRole.IMPROVED, BASELINE, List.of("plots/roc_curve.png"));
        return new io.modellab.evalharness.core.schema.Comparison(SchemaVersion.CURRENT, "credit-g-demo", reference,
                candidate, new io.modellab.evalharness.core.schema.Comparison.Significance(true,
                "paired bootstrap on the 300 rows both runs scored", "paired_percentile_bootstrap", 300, 1000, 42L, 0.95),
                List.of(new io.modellab.evalharness.core.schema.Comparison.Delta("roc_auc", 0.5, 0.79, 0.29, 0.24, 0.34,
                        "better")),
                List.of(new io.modellab.evalharness.core.schema.Comparison.SliceDelta(t.apply(0), "accuracy", 89L, 89L,
                        0.55, 0.63, 0.08)),
                new io.modellab.evalharness.core.schema.Comparison.FailureDiff(21, 30, 60, List.of(t.apply(0)),
                        List.of("12")),
                List.of(new io.modellab.evalharness.core.schema.Comparison.ModeCount(t.apply(0), 5, 5)),
                List.of(new io.modellab.evalharness.core.schema.Comparison.Change(t.apply(0), "changed", t.apply(0),
                        t.apply(0))),
                new io.modellab.evalharness.core.schema.Comparison.DatasetDiff(true, in.run().dataset(),
                        in.run().dataset(), in.run().split(), in.run().split(), List.of()),
                List.of(new io.modellab.evalharness.core.schema.Comparison.Change("metrics.json", "changed", "a", "b")),
                new io.modellab.evalharness.core.schema.Comparison.Answers(t.apply(0), t.apply(0), t.apply(0),
                        t.apply(0), t.apply(0), t.apply(0)));
    }

    private static SliceResult slice(String name, String column, String value, int size, boolean small, double accuracy) {
        return new SliceResult(name, new SliceDefinition("column_in", column, List.of(value)), size, small,
                List.of(new MetricValue("roc_auc", accuracy - 0.05, null, null),
                        new MetricValue("accuracy", accuracy, null, null)),
                List.of(new MetricDelta("roc_auc", accuracy - 0.05 - 0.79), new MetricDelta("accuracy", accuracy - 0.76)));
    }
}
