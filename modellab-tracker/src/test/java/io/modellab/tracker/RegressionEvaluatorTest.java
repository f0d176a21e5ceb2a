package io.modellab.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.data.ValuePredictor;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.ColumnPermutationImportance;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureRule;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RegressionPredictions;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.StressCorruption;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.metrics.RegressionMetrics;
import io.modellab.evalharness.metrics.RegressionRows;
import io.modellab.evalharness.slicing.DefaultSlices;
import io.modellab.evalharness.stress.LabelledRows;
import io.modellab.evalharness.stress.RegressionTask;
import io.modellab.evalharness.stress.Retraining;
import io.modellab.evalharness.stress.Trainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionEvaluatorTest {

    static final String RUN = EvalHarnessTest.RUN;

    @TempDir
    Path root;

    /**
     * 300 rows; the target grows with {@code size}; the model is good in region "north" (error sd 2), bad in "south"
     * (sd 30) and fair elsewhere (sd 8). Every 50th row has its size missing.
     */
    static RegressionRequest request(ModelRole role, BaselineCheck check, BaselineMetrics baseline) {
        return request(role, check, baseline, 5);
    }

    static RegressionRequest request(ModelRole role, BaselineCheck check, BaselineMetrics baseline, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 300;
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        double[] actual = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            String region = i % 10 < 4 ? "north" : i % 10 < 6 ? "south" : i % 10 < 8 ? "east" : "west";
            double size = random.nextDouble(1, 20);
            actual[i] = 10 * size + random.nextGaussian() * 3;
            double sd = region.equals("north") ? 2 : region.equals("south") ? 30 : 8;
            predicted[i] = actual[i] + random.nextGaussian() * sd;
            rows.add(new String[] {region, i % 50 == 7 ? null : String.format(Locale.ROOT, "%.2f", size)});
            ids.add(Integer.toString(i + 1));
        }
        Table features = Table.ofRows(List.of("region", "size"), rows, ids);
        return new RegressionRequest("proj", RUN, "model", role, EvalHarnessTest.DATA, EvalHarnessTest.CODE, 42, "y",
                features, new RegressionRows(actual, predicted), "region", check, baseline, EvalHarnessTest.REPRO);
    }

    static RegressionRequest baseline() {
        return request(ModelRole.BASELINE, null, null);
    }

    private static int sentences(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    @Test
    void writesEveryFileOfTheContractWithTheRowsInRegressionPredictions() throws Exception {
        Path eval = new RegressionEvaluator(EvalOptions.DEFAULTS).evaluateAndWrite(root, baseline());

        try (Stream<Path> files = Files.list(eval)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("eval_summary.json",
                    "metrics.json", "confidence_intervals.json", "slices.json", "failure_examples.json", "takeaway.txt",
                    "plots", "repro.md", "failure_modes.md", "regression_predictions.json");
        }
        EvalSummary summary = ArtifactReader.read(eval.resolve("eval_summary.json"), EvalSummary.class);
        assertThat(summary.task()).isEqualTo(Task.REGRESSION);
        assertThat(summary.positiveLabel()).isNull();
        assertThat(summary.keyPlots()).containsExactly("plots/predicted_vs_actual.png",
                "plots/residuals_vs_predicted.png", "plots/error_histogram.png", "plots/error_by_target_quantile.png",
                "plots/slices_rmse.png");
        for (String plot : summary.keyPlots()) {
            assertThat(eval.resolve(plot)).isNotEmptyFile();
        }
        RegressionPredictions rows = ArtifactReader.read(eval.resolve("regression_predictions.json"),
                RegressionPredictions.class);
        assertThat(rows.rowIds()).hasSize(300).startsWith("1", "2");
        assertThat(rows.target()).isEqualTo("y");
        assertThat(Files.readString(eval.resolve("repro.md"))).contains("target `y`");
    }

    @Test
    void metricsAreTheRegressionSuiteAndTheHeadlineHasBcaIntervalsAroundTheValue() {
        RegressionRequest request = baseline();
        EvalFolder folder = new RegressionEvaluator(EvalOptions.DEFAULTS).evaluate(request);

        RegressionRows p = request.predictions();
        assertThat(folder.metrics().metrics()).isEqualTo(RegressionMetrics.compute(p.actual(), p.predicted(), null));
        assertThat(folder.metrics().positiveLabel()).isNull();
        assertThat(folder.summary().headline()).extracting(HeadlineMetric::name).containsExactly("rmse", "mae", "r2");
        for (HeadlineMetric h : folder.summary().headline()) {
            assertThat(h.ciLower()).as(h.name()).isLessThan(h.value());
            assertThat(h.ciUpper()).as(h.name()).isGreaterThan(h.value());
        }
        assertThat(folder.confidenceIntervals().intervals()).extracting(ConfidenceInterval::method)
                .containsOnly("bca_bootstrap");
        assertThat(folder.confidenceIntervals().seed()).isEqualTo(42L);
    }

    @Test
    void theWorstSliceIsTheRegionWhereTheModelIsWorstJudgedByRmseWhereHigherIsWorse() {
        SliceReport slices = new RegressionEvaluator(EvalOptions.DEFAULTS).evaluate(baseline()).slices();

        assertThat(slices.worstSlice()).isEqualTo("region = south");
        assertThat(slices.worstRule()).contains("highest lower end");
        assertThat(slices.keyFeature()).isEqualTo("region");
        assertThat(slices.slices()).extracting(s -> s.family()).contains("target_quantile", "key_feature",
                "missingness");
        assertThat(slices.slices().stream().filter(s -> "target_quantile".equals(s.family()))).hasSize(5);
        assertThat(slices.slices().get(0).interval().metric()).isEqualTo("rmse");
    }

    @Test
    void failureExamplesAreTheLargestUnderAndOverPredictionsEachTagged() {
        EvalFolder folder = new RegressionEvaluator(EvalOptions.DEFAULTS).evaluate(baseline());

        assertThat(folder.failureExamples().rules()).extracting(FailureRule::name)
                .containsExactly("largest_errors", "under_predictions", "over_predictions");
        assertThat(folder.failureExamples().examples()).hasSize(15).allSatisfy(e -> assertThat(e.failureMode()).isNotNull());
        FailureExample largest = folder.failureExamples().examples().get(0);
        double error = Math.abs(Double.parseDouble(largest.prediction()) - Double.parseDouble(largest.groundTruth()));
        assertThat(error).isEqualTo(MetricValue.valueOf(folder.metrics().metrics(), "max_error"));
        assertThat(folder.failureModes()).contains(largest.exampleId());
    }

    @Test
    void theTakeawayIsFiveSentencesFromTheNumbers() {
        EvalFolder folder = new RegressionEvaluator(EvalOptions.DEFAULTS).evaluate(baseline());

        List<String> s = folder.takeaway().sentences();
        assertThat(sentences(String.join(" ", s))).isEqualTo(5);
        assertThat(s.get(0)).matches("model predicts y on the 300 test rows of synthetic version sha256-000000000000 with"
                + " RMSE \\d+\\.\\d{3} \\(95% CI \\d+\\.\\d{3} to \\d+\\.\\d{3} from 1000 bootstrap resamples, seed 42\\)"
                + " and R² 0\\.\\d{3}\\.");
        assertThat(s.get(1)).matches("Its mean absolute error is \\d+\\.\\d{3}, the median absolute error \\d+\\.\\d{3} and"
                + " the largest \\d+\\.\\d{3}.*, and on average its predictions lie \\d+\\.\\d{3} (below|above) the actual"
                + " values \\(\\d+ rows under-predicted, \\d+ over-predicted\\)\\.");
        assertThat(s.get(2)).startsWith("This run is a baseline, so an improved model");
        assertThat(s.get(3)).startsWith("The weakest slice of at least 30 rows is region = south (60 rows), where RMSE is");
        assertThat(s.get(4)).startsWith("In failure_examples.json the largest error is on row ");
    }

    @Test
    void anImprovedRunIsMeasuredAgainstItsBaseline() {
        EvalFolder base = new RegressionEvaluator(EvalOptions.DEFAULTS).evaluate(baseline());
        BaselineMetrics metrics = new BaselineMetrics("run-20261123-110000-00000000", "mean",
                base.metrics().metrics());
        RegressionRequest improved = request(ModelRole.IMPROVED, new BaselineCheck(BaselineCheck.Status.OK,
                metrics.runId(), "ok"), metrics);

        EvalFolder folder = new RegressionEvaluator(EvalOptions.DEFAULTS).evaluate(improved);

        assertThat(folder.summary().baselineRunId()).isEqualTo(metrics.runId());
        assertThat(folder.metrics().baseline()).isEqualTo(metrics);
        assertThat(folder.takeaway().sentences().get(2)).isEqualTo("Against the mean baseline (RMSE "
                + String.format(Locale.ROOT, "%.3f", MetricValue.valueOf(base.metrics().metrics(), "rmse"))
                + ", R² " + String.format(Locale.ROOT, "%.3f", MetricValue.valueOf(base.metrics().metrics(), "r2"))
                + ") RMSE changes by +0.000 and R² by +0.000.");
    }

    @Test
    void theSameRequestGivesTheSameBytes() throws Exception {
        RegressionEvaluator evaluator = new RegressionEvaluator(EvalOptions.DEFAULTS);
        Path a = evaluator.evaluateAndWrite(root.resolve("a"), baseline());
        Path b = evaluator.evaluateAndWrite(root.resolve("b"), baseline());

        try (Stream<Path> files = Files.walk(a)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAllBytes(b.resolve(a.relativize(file)))).as(file.toString())
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    /** Least squares through the origin of y on size; a missing size predicts the mean target. */
    static ValuePredictor fitThroughOrigin(LabelledRows train) {
        double sxy = 0;
        double sxx = 0;
        double total = 0;
        for (int i = 0; i < train.size(); i++) {
            double y = Double.parseDouble(train.labels().get(i));
            total += y;
            Double x = Cells.finiteNumber(train.features().cell(i, "size"));
            if (x != null) {
                sxy += x * y;
                sxx += x * x;
            }
        }
        double slope = sxy / sxx;
        double mean = total / train.size();
        return rows -> {
            double[] out = new double[rows.rowCount()];
            for (int i = 0; i < out.length; i++) {
                Double x = Cells.finiteNumber(rows.cell(i, "size"));
                out[i] = x == null ? mean : slope * x;
            }
            return out;
        };
    }

    /** The baseline request's rows, predicted by a model fitted on other rows of the same kind, with that model. */
    static RegressionRequest withModel() {
        RegressionRequest test = baseline();
        RegressionRequest other = request(ModelRole.BASELINE, null, null, 6);
        // Training rows: other rows of the same kind.
        LabelledRows train = new LabelledRows(other.testFeatures(), RegressionTask.labels(other.predictions().actual()));
        Trainer<ValuePredictor> trainer = RegressionEvaluatorTest::fitThroughOrigin;
        ValuePredictor model = trainer.train(train);
        RegressionRows rows = new RegressionRows(test.predictions().actual(), model.predict(test.testFeatures()));
        return new RegressionRequest(test.project(), test.runId(), test.model(), test.role(), test.dataset(),
                test.codeVersion(), test.seed(), test.target(), test.testFeatures(), rows, test.keySliceColumn(), null,
                null, test.repro()).withModel(model, new Retraining<>(train, trainer));
    }

    @Test
    void withTheModelTheFolderHasAStressTableOfErrorsAndItsPlots() throws Exception {
        RegressionEvaluator evaluator = new RegressionEvaluator(EvalOptions.DEFAULTS);
        Path a = evaluator.evaluateAndWrite(root.resolve("a"), withModel());
        Path b = evaluator.evaluateAndWrite(root.resolve("b"), withModel());

        EvalSummary summary = ArtifactReader.read(a.resolve("eval_summary.json"), EvalSummary.class);
        assertThat(summary.files().stress()).isEqualTo("stress.json");
        assertThat(summary.keyPlots()).hasSize(5).noneMatch(p -> p.contains("degradation"));
        StressReport stress = ArtifactReader.read(a.resolve("stress.json"), StressReport.class);
        assertThat(stress.metrics()).containsExactly("rmse", "mae", "r2");
        assertThat(stress.corruptions()).extracting(StressCorruption::name).containsExactly("missing_values",
                "shuffle_column[size]", "gaussian_noise", "category_swap", "distribution_shift[region = north]");
        assertThat(stress.permutationImportance()).extracting(ColumnPermutationImportance::column)
                .containsExactly("size", "region");
        assertThat(stress.permutationImportance().get(1).importance()).as("the model ignores region").isZero();
        assertThat(stress.plots()).containsExactly("plots/degradation_rmse.png", "plots/degradation_mae.png",
                "plots/degradation_r2.png");
        for (String plot : stress.plots()) {
            assertThat(a.resolve(plot)).isNotEmptyFile();
        }
        try (Stream<Path> files = Files.walk(a)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAllBytes(b.resolve(a.relativize(file)))).as(file.toString())
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
        List<String> takeaway = Files.readAllLines(a.resolve("takeaway.txt"));
        assertThat(sentences(String.join(" ", takeaway))).isEqualTo(5);
        assertThat(takeaway.get(4)).matches("In failure_examples\\.json the largest error is on row \\d+, predicted"
                + " \\d+\\.\\d{3} for an actual \\d+\\.\\d{3}, and the most damaging stress test is"
                + " (missing_values|shuffle_column\\[size\\]|gaussian_noise) at severity 40%, which moves RMSE by"
                + " \\+\\d+\\.\\d{3} \\(95% CI \\+\\d+\\.\\d{3} to \\+\\d+\\.\\d{3}\\)\\.");
    }

    @Test
    void aNumericKeyFeatureShiftsOnItsHighestBucket() {
        DefaultSlices.Plan plan = new DefaultSlices(10, 5, 3, 5, 5, 0.1, 0.3).regression(
                io.modellab.evalharness.slicing.SliceData.regression(baseline().testFeatures(),
                        baseline().predictions().actual()), "size");

        SliceDefinition segment = RegressionEvaluator.shiftSegment(plan);

        assertThat(segment.kind()).isEqualTo(SliceDefinition.NUMERIC_RANGE);
        assertThat(segment.column()).isEqualTo("size");
        assertThat(segment.upper()).isNull();
        assertThat(segment.lower()).isGreaterThan(10.0);
    }

    @Test
    void badRequestsAreRefusedNamingWhatIsWrong() {
        RegressionRequest r = baseline();
        assertThatThrownBy(() -> new RegressionRequest("proj", RUN, "model", ModelRole.BASELINE, r.dataset(),
                r.codeVersion(), 42, "region", r.testFeatures(), r.predictions(), null, null, null, r.repro()))
                .hasMessageContaining("the target \"region\" is among the test features");
        assertThatThrownBy(() -> new RegressionRequest("proj", RUN, "model", ModelRole.BASELINE, r.dataset(),
                r.codeVersion(), 42, "y", r.testFeatures(), new RegressionRows(new double[] {1}, new double[] {1}),
                null, null, null, r.repro())).hasMessageContaining("300 test rows but 1 predictions");
        assertThatThrownBy(() -> new RegressionRequest("proj", RUN, "model", ModelRole.IMPROVED, r.dataset(),
                r.codeVersion(), 42, "y", r.testFeatures(), r.predictions(), null, null, null, r.repro()))
                .hasMessageContaining("has no baseline-first check");
    }
}
