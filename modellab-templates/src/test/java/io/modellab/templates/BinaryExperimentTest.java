package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.TestPredictions;
import io.modellab.tracker.EvalOptions;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.SplitSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template run, baseline first, leaves its model, a predictions sample and a log in its run folder. */
class BinaryExperimentTest {

    @TempDir
    Path artifacts;

    @Test
    void xgboostAgainstTheMostFrequentBaselineOnCreditG() throws IOException {
        BinaryExperiment.Settings settings = new BinaryExperiment.Settings("templates-it", "", Path.of(".."),
                Path.of("datasets/credit-g.csv"), "credit-g", IngestOptions.defaults().withTarget("class")
                .withSplit(SplitSpec.stratified("class", 0.3, 42)), "bad", "checking_status", 0.5, 42, 0.99,
                artifacts, new EvalOptions(200, 0.95, 30, 5, 5, io.modellab.evalharness.core.ProgressListener.NONE),
                d -> new ReproSteps("install", "data", "run", "eval"));
        List<String> progress = new ArrayList<>();
        BinaryExperiment.Result result = new BinaryExperiment(settings,
                new CodeVersion("0123456789abcdef0123456789abcdef01234567", false),
                (stage, done, total) -> progress.add(stage))
                .run(new TemplatePipeline(ClassifierTemplate.MOST_FREQUENT), new TemplatePipeline(ClassifierTemplate.XGBOOST));

        Path runDir = artifacts.resolve("templates-it").resolve(result.candidateRunId());
        RunRecord run = ArtifactReader.read(runDir.resolve("run.json"), RunRecord.class);
        TestPredictions scored = ArtifactReader.read(result.candidateEval().resolve("predictions.json"),
                TestPredictions.class);
        RealData data = RealData.classification("credit-g", "class");
        double[] reloaded = SavedModel.load(runDir).predictor().predict(data.testRows()).probabilitiesOf("bad");

        assertThat(run.config()).containsEntry("template", "xgboost").containsEntry("template.max_depth", 6);
        assertThat(scored.rowIds()).containsExactlyElementsOf(data.testRows().rowIds());
        assertThat(reloaded).as("the saved model predicts the evaluated scores bit for bit")
                .containsExactly(scored.score().stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(Files.readAllLines(runDir.resolve("predictions.sample.csv"))).hasSize(101)
                .first().isEqualTo("row_id,actual,predicted,p_bad,p_good");
        String log = Files.readString(runDir.resolve("logs/run.log"));
        assertThat(log).contains("[xgboost] run " + result.candidateRunId(), "xgboost: preprocessing fitted on 700 train rows",
                "xgboost: trained", "leakage rule fit_on_train_only: PASS", "[xgboost] model saved", "[xgboost] ROC-AUC");
        assertThat(Files.readString(artifacts.resolve("templates-it").resolve(result.baselineRunId()).resolve("logs/run.log")))
                .contains("most_frequent: trained").doesNotContain("xgboost");
        assertThat(progress).anyMatch(line -> line.startsWith("[xgboost] model saved"));
        System.out.println("credit-g xgboost: " + Arrays.toString(progress.stream()
                .filter(l -> l.contains("ROC-AUC")).toArray()));
    }
}
