package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.TestPredictions;
import io.modellab.tracker.EvalOptions;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.SplitSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Template C as tracked runs: the TF-IDF text classifier against the most-frequent baseline on the bundled WordNet
 * glosses (animal or plant), through the same experiment as the tabular templates.
 */
class TextExperimentTest {

    @TempDir
    Path artifacts;

    @Test
    void tfIdfAgainstTheMostFrequentBaselineOnWordNetGlosses() throws IOException {
        BinaryExperiment.Settings settings = new BinaryExperiment.Settings("text-it", "", Path.of(".."),
                Path.of("datasets/wordnet-glosses.csv"), "wordnet-glosses", IngestOptions.defaults()
                .withTarget("category").withSplit(SplitSpec.stratified("category", 0.3, 42)), "plant", null, 0.5, 42,
                0.99, artifacts, new EvalOptions(200, 0.95, 30, 5, 5, ProgressListener.NONE),
                d -> new ReproSteps("install", "data", "run", "eval"));
        BinaryExperiment.Result result = new BinaryExperiment(settings,
                new CodeVersion("0123456789abcdef0123456789abcdef01234567", false), ProgressListener.NONE)
                .run(new TemplatePipeline(ClassifierTemplate.MOST_FREQUENT),
                        new TextTemplatePipeline(TfIdfConfig.defaults("gloss", 0)));

        Path runDir = artifacts.resolve("text-it").resolve(result.candidateRunId());
        RunRecord run = ArtifactReader.read(runDir.resolve("run.json"), RunRecord.class);
        MetricsReport metrics = ArtifactReader.read(result.candidateEval().resolve("metrics.json"), MetricsReport.class);
        MetricsReport baseline = ArtifactReader.read(result.baselineEval().resolve("metrics.json"), MetricsReport.class);
        TestPredictions scored = ArtifactReader.read(result.candidateEval().resolve("predictions.json"),
                TestPredictions.class);
        EvalSummary summary = ArtifactReader.read(result.candidateEval().resolve("eval_summary.json"), EvalSummary.class);
        RealData data = RealData.classification("wordnet-glosses", "category");
        double[] reloaded = SavedModel.load(runDir).predictor().predict(data.testRows()).probabilitiesOf("plant");

        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        assertThat(run.config()).containsEntry("template", "tfidf_logistic_regression")
                .containsEntry("template.text_column", "gloss");
        assertThat(run.seed()).isEqualTo(42L);
        assertThat(MetricValue.valueOf(baseline.metrics(), "roc_auc")).isEqualTo(0.5);
        assertThat(MetricValue.valueOf(metrics.metrics(), "roc_auc")).as("TF-IDF on 560 glosses").isGreaterThan(0.85);
        assertThat(summary.baselineCheck().status().name()).isEqualTo("OK");
        assertThat(reloaded).as("the saved model predicts the evaluated scores bit for bit")
                .containsExactly(scored.score().stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(Files.readAllLines(runDir.resolve("predictions.sample.csv")).get(0))
                .isEqualTo("row_id,actual,predicted,p_animal,p_plant");
        assertThat(Files.readString(runDir.resolve("logs/run.log")))
                .contains("tfidf_logistic_regression: vocabulary of", "leakage rule fit_on_train_only: PASS",
                        "[tfidf_logistic_regression] model saved");
        assertThat(result.candidateEval().resolve("stress.json")).exists();
        System.out.println("wordnet-glosses tf-idf ROC-AUC: " + MetricValue.valueOf(metrics.metrics(), "roc_auc"));
    }
}
