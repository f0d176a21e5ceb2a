package io.modellab.evalharness.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.io.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionRecordsTest {

    private static final String RUN = Samples.RUN;

    @TempDir
    Path root;

    static RegressionPredictions rows() {
        return new RegressionPredictions(SchemaVersion.CURRENT, RUN, Task.REGRESSION, "performance",
                List.of("r1", "r2", "r3"), List.of(198.0, 269.0, 40.0), List.of(180.5, 301.25, 44.0));
    }

    static MetricsReport metrics(String positiveLabel) {
        return new MetricsReport(SchemaVersion.CURRENT, RUN, Task.REGRESSION, "xgboost", "test", 3, positiveLabel,
                null, List.of(MetricValue.of("rmse", 21.3), MetricValue.of("r2", 0.91)), List.of(), null, null);
    }

    static EvalFolder folder() {
        EvalSummary summary = new EvalSummary(SchemaVersion.CURRENT, "cpu-demo", RUN, Task.REGRESSION, "xgboost",
                ModelRole.BASELINE, Samples.dataset(), Samples.code(), 42L, 3L, null,
                List.of(new HeadlineMetric("rmse", 21.3, 15.0, 30.1)), null, null,
                EvalFiles.regression(false).withFailureModes(EvalFiles.FAILURE_MODES),
                List.of("plots/predicted_vs_actual.png"));
        return new EvalFolder(summary, metrics(null), Samples.intervals(), Samples.slices(), Samples.failures(),
                Samples.takeaway(),
                List.of(new Plot("predicted_vs_actual.png", out -> out.write("png".getBytes(StandardCharsets.US_ASCII)))),
                "# Reproduce\n", null, null, "# Failure modes\n", null, rows());
    }

    @Test
    void aRegressionEvalFolderIsWrittenWithItsRowsAndReadsBack() throws IOException {
        Path eval = EvalFolderWriter.write(root, "cpu-demo", RUN, folder());

        try (Stream<Path> files = Files.list(eval)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("regression_predictions.json")
                    .doesNotContain("predictions.json", "rankings.json");
        }
        assertThat(ArtifactReader.read(eval.resolve("regression_predictions.json"), RegressionPredictions.class))
                .isEqualTo(rows());
        EvalSummary summary = ArtifactReader.read(eval.resolve("eval_summary.json"), EvalSummary.class);
        assertThat(summary.task()).isEqualTo(Task.REGRESSION);
        assertThat(summary.files().regressionPredictions()).isEqualTo("regression_predictions.json");
        assertThat(summary.files().predictions()).isNull();
    }

    @Test
    void everyRegressionFileIsValidAgainstItsPublishedSchema() throws IOException {
        EvalFolder f = folder();
        assertThat(SchemaConformanceTest.schema("regression_predictions")
                .validate(Json.mapper().readTree(Json.toBytes(f.regressionPredictions())))).isEmpty();
        assertThat(SchemaConformanceTest.schema("eval_summary")
                .validate(Json.mapper().readTree(Json.toBytes(f.summary())))).isEmpty();
        assertThat(SchemaConformanceTest.schema("metrics")
                .validate(Json.mapper().readTree(Json.toBytes(f.metrics())))).isEmpty();
    }

    @Test
    void aRegressionHasNoClassificationFields() {
        assertThat(ArtifactValidator.violations(metrics(null))).isEmpty();
        assertThat(ArtifactValidator.violations(metrics("yes"))).extracting(Violation::message)
                .containsExactly("positive_label, decision_threshold and confusion_matrix are required for a binary"
                        + " classification and absent for a ranking or a regression");
    }

    @Test
    void rowsMustBeOnePerIdAndFinite() {
        assertThatThrownBy(() -> new RegressionPredictions(SchemaVersion.CURRENT, RUN, Task.REGRESSION, "y",
                List.of("r1", "r1"), List.of(1.0, 2.0), List.of(1.0, 2.0))).hasMessageContaining("row id r1 appears twice");
        assertThatThrownBy(() -> new RegressionPredictions(SchemaVersion.CURRENT, RUN, Task.REGRESSION, "y",
                List.of("r1"), List.of(1.0, 2.0), List.of(1.0))).hasMessageContaining("1 row ids, 2 actual values");
        RegressionPredictions infinite = new RegressionPredictions(SchemaVersion.CURRENT, RUN, Task.REGRESSION, "y",
                List.of("r1"), List.of(1.0), List.of(Double.POSITIVE_INFINITY));
        assertThat(ArtifactValidator.violations(infinite)).extracting(Violation::path)
                .containsExactly("$.predicted[0]");
        RegressionPredictions ranking = new RegressionPredictions(SchemaVersion.CURRENT, RUN, Task.RANKING, "y",
                List.of("r1"), List.of(1.0), List.of(1.0));
        assertThat(ArtifactValidator.violations(ranking)).extracting(Violation::message)
                .containsExactly("task must be regression");
    }

    @Test
    void evalFilesPointAtExactlyOnePerRowFile() {
        assertThat(EvalFiles.regression(true).regressionPredictions()).isEqualTo("regression_predictions.json");
        assertThat(EvalFiles.regression(true).stress()).isEqualTo("stress.json");
        assertThatThrownBy(() -> new EvalFiles("m", "c", "s", "f", "t", "p/", "r", "predictions.json", null, null,
                null, "regression_predictions.json")).hasMessageContaining("either predictions");
    }

    @Test
    void theWriterRefusesASummaryWhoseTaskDoesNotMatchItsRows() {
        EvalFolder f = folder();
        EvalSummary s = f.summary();
        EvalSummary binary = new EvalSummary(s.schemaVersion(), s.project(), s.runId(), Task.BINARY_CLASSIFICATION,
                s.model(), s.role(), s.dataset(), s.codeVersion(), s.seed(), s.testRows(), "bad", s.headline(), null,
                null, s.files(), s.keyPlots());
        EvalFolder mismatched = new EvalFolder(binary, f.metrics(), f.confidenceIntervals(), f.slices(),
                f.failureExamples(), f.takeaway(), f.plots(), f.repro(), null, null, f.failureModes(), null,
                f.regressionPredictions());

        assertThatThrownBy(() -> EvalFolderWriter.write(root, "cpu-demo", RUN, mismatched))
                .hasMessageContaining("says the task is BINARY_CLASSIFICATION");
    }

    @Test
    void aSummaryWrittenBeforeRegressionsExistedStillReads() throws IOException {
        JsonNode before = Json.mapper().readTree(Json.toBytes(Samples.summary()));
        ((ObjectNode) before.get("files")).remove("regression_predictions");

        assertThat(SchemaConformanceTest.schema("eval_summary").validate(before)).isEmpty();
        assertThat(ArtifactReader.parse(Json.mapper().writeValueAsBytes(before), EvalSummary.class,
                "eval_summary.json").files()).isEqualTo(EvalFiles.STANDARD);
    }
}
