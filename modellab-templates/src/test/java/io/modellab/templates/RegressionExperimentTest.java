package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.RegressionPredictions;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.tracker.EvalOptions;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.RunStore;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.SplitSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template B as tracked runs, baseline first, on the bundled cpu data and on a file whose target is not a number. */
class RegressionExperimentTest {

    static final CodeVersion CODE = new CodeVersion("0123456789abcdef0123456789abcdef01234567", false);
    static final EvalOptions FAST = new EvalOptions(100, 0.95, 10, 5, 5, ProgressListener.NONE);

    @TempDir
    Path artifacts;

    RegressionExperiment.Settings settings(Path projectDir, String dataset, String target, SplitSpec split) {
        return new RegressionExperiment.Settings("regression-it", "", projectDir, Path.of(dataset), "data",
                IngestOptions.defaults().withTarget(target).withSplit(split), null, 42, artifacts, FAST,
                d -> new ReproSteps("install", "data", "run", "eval"));
    }

    @Test
    void leastSquaresAgainstTheMeanSavesAModelThatPredictsTheEvaluatedValuesBitForBit() throws IOException {
        RegressionExperiment.Result result = new RegressionExperiment(settings(Path.of(".."), "datasets/cpu.csv",
                "performance", SplitSpec.quantileStratified("performance", 0.3, 42)), CODE, ProgressListener.NONE)
                .run(List.of(RegressorTemplate.MEAN.defaultConfig(0), RegressorTemplate.LINEAR_REGRESSION.defaultConfig(0)));

        RegressionExperiment.Run lars = result.run("linear_regression");
        Path runDir = lars.evalDir().getParent();
        RunRecord run = ArtifactReader.read(runDir.resolve("run.json"), RunRecord.class);
        RegressionPredictions rows = ArtifactReader.read(lars.evalDir().resolve("regression_predictions.json"),
                RegressionPredictions.class);
        RealData data = RealData.regression("cpu", "performance");
        double[] reloaded = SavedModel.load(runDir).regressor().predict(data.testRows());

        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        assertThat(run.baselineRunId()).isEqualTo(result.baseline().runId());
        assertThat(run.config()).containsEntry("template", "linear_regression").containsEntry("target", "performance")
                .containsEntry("split", "stratified on 5 quantile bins of performance, 30% test, seed 42");
        assertThat(rows.rowIds()).containsExactlyElementsOf(data.testRows().rowIds());
        assertThat(reloaded).as("the saved model predicts the evaluated values bit for bit")
                .containsExactly(rows.predicted().stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(lars.r2()).isCloseTo(0.792, org.assertj.core.data.Offset.offset(0.001));
        assertThat(Files.readAllLines(runDir.resolve("predictions.sample.csv")).get(0))
                .isEqualTo("row_id,actual,predicted");
        assertThat(Files.readString(runDir.resolve("logs/run.log"))).contains("leakage rule fit_on_train_only: PASS",
                "baseline first: OK", "[linear_regression] model saved", "[linear_regression] RMSE");
        assertThat(result.comparedRunId()).isEqualTo(lars.runId());
        assertThat(result.compareReport()).isNotEmptyFile();
    }

    @Test
    void aTargetThatIsNotANumberFailsTheRunNamingRowAndColumn() throws IOException {
        Path dir = artifacts.resolve("data");
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i).append(',').append(i == 3 ? "n/a" : Integer.toString(2 * i)).append('\n');
        }
        Files.writeString(dir.resolve("bad.csv"), csv);
        RegressionExperiment experiment = new RegressionExperiment(settings(dir, "bad.csv", "y",
                SplitSpec.random(0.25, 1)), CODE, ProgressListener.NONE);

        assertThatThrownBy(experiment::run).hasMessageContaining("column y: \"n/a\" is not a finite number");
        List<RunRecord> runs = new RunStore(artifacts).list("regression-it").stream().map(e -> e.run()).toList();
        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.FAILED);
            assertThat(r.statusReason()).contains("\"n/a\" is not a finite number");
        });
        assertThatThrownBy(() -> experiment.run(List.of(RegressorTemplate.MEAN.defaultConfig(0))))
                .hasMessageContaining("needs a baseline and at least one improvement");
    }
}
