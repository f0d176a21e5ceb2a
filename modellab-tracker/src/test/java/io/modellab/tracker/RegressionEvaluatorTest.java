package io.modellab.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExample;
import io.modellab.evalharness.core.schema.FailureRule;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RegressionPredictions;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.metrics.RegressionMetrics;
import io.modellab.evalharness.metrics.RegressionRows;
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
        SplittableRandom random = new SplittableRandom(5);
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
