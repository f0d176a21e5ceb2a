package io.modellab.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.templates.ClassifierTemplate;
import io.modellab.templates.ClassifierTraining;
import io.modellab.tracker.EvalHarness;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.EvalRequest;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.plots.html.DatasetExplorer;
import io.modellab.tracker.ProjectStore;
import io.modellab.tracker.data.CsvDatasets;
import io.modellab.tracker.data.DatasetStore;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.SplitRows;
import io.modellab.tracker.data.SplitSpec;
import io.modellab.tracker.data.LoadedDataset;
import io.modellab.tracker.data.StratifiedSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.plots.html.ProjectIndex;
import io.modellab.evalharness.plots.html.RunReports;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.tracker.RunStore;
import io.modellab.tracker.compare.Comparisons;
import io.modellab.tracker.compare.RunComparison;
import java.util.List;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's in-process example, line for line, so it keeps compiling and working. */
class ReadmeExampleTest {

    @TempDir
    Path artifacts;

    @Test
    void theReadmeExampleWritesAnEvalFolder() throws IOException {
        Path project = Path.of("..");
        LoadedDataset data0 = CsvDatasets.read("credit-g", project.resolve("datasets/credit-g.csv"), project);
        StratifiedSplit split0 = StratifiedSplit.of(data0.table().column("class"), 0.3, 42);
        String[] labels = data0.table().column("class");
        // "your own model": here the logistic regression template, trained on the train rows
        var model = ClassifierTraining.train(ClassifierTemplate.LOGISTIC_REGRESSION,
                data0.table().withoutColumns("class").rows(split0.train()),
                Arrays.stream(split0.train()).mapToObj(i -> labels[i]).toArray(String[]::new), 42);
        boolean[] actualIsBad = new boolean[split0.test().length];
        for (int i = 0; i < actualIsBad.length; i++) {
            actualIsBad[i] = labels[split0.test()[i]].equals("bad");
        }
        double[] probabilityOfBad = model.predict(data0.table().withoutColumns("class").rows(split0.test()))
                .probabilitiesOf("bad");
        CodeVersion code = new CodeVersion("0123456789abcdef0123456789abcdef01234567", false);

        // --- README lines (with project paths relative to the module folder, and a fixed code version) ---
        LoadedDataset data = CsvDatasets.read("credit-g", project.resolve("datasets/credit-g.csv"), project);
        StratifiedSplit split = StratifiedSplit.of(data.table().column("class"), 0.3, 42);
        Table test = data.table().withoutColumns("class").rows(split.test());
        BinaryPredictions predictions = new BinaryPredictions("bad", "good", actualIsBad, probabilityOfBad, 0.5);
        EvalRequest request = new EvalRequest("credit-g-demo", RunIds.newRunId(Instant.now()), "my_model",
                ModelRole.BASELINE, data.ref(), code, 42, test, predictions,
                "checking_status", null, null, new ReproSteps("./mvnw install", "sha256sum datasets/credit-g.csv", "...", "..."));
        Path evalDir = new EvalHarness(EvalOptions.DEFAULTS).evaluateAndWrite(artifacts, request);
        EvalSummary summary = ArtifactReader.read(evalDir.resolve("eval_summary.json"), EvalSummary.class);
        // --- end of README lines ---

        assertThat(summary.headline().get(0).value()).isBetween(0.70, 0.85);

        var myPredictor = model;
        // --- README line ---
        EvalRequest stressed = request.withModel(myPredictor, null);
        // --- end of README line ---
        Path stressedDir = new EvalHarness(EvalOptions.DEFAULTS).evaluateAndWrite(artifacts.resolve("stressed"), stressed);
        assertThat(stressedDir.resolve("stress.json")).isNotEmptyFile();
        assertThat(stressedDir.resolve("plots/degradation_roc_auc.png")).isNotEmptyFile();

        // A second run of the same predictions under another name, to have something to compare with.
        String baselineRunId = request.runId();
        String runId = "run-20991231-235959-0000abcd";
        new EvalHarness(EvalOptions.DEFAULTS).evaluateAndWrite(artifacts, new EvalRequest("credit-g-demo", runId,
                "my_model_v2", ModelRole.BASELINE, data.ref(), code, 42, test, predictions, "checking_status", null, null,
                new ReproSteps("./mvnw install", "sha256sum datasets/credit-g.csv", "...", "...")));
        for (String id : List.of(baselineRunId, runId)) {
            new RunStore(artifacts).save(new RunRecord(SchemaVersion.CURRENT, id, "credit-g-demo",
                    id.equals(runId) ? "my_model_v2" : "my_model", ModelRole.BASELINE, RunStatus.DONE, null, 42L, code,
                    data.ref(), new SplitRef("stratified on class, 30% test, seed 42", "0".repeat(64)), null, null,
                    java.util.Map.of(), new RunTimings("2026-11-23T12:00:00Z", "2026-11-23T12:00:01Z", 1000L),
                    RunEnvironment.current("test")));
        }
        // --- README lines ---
        Path report = RunReports.write(artifacts, "credit-g-demo", runId);
        Path history = ProjectIndex.write(artifacts, "credit-g-demo");
        Path compared = Comparisons.write(artifacts, "credit-g-demo", baselineRunId, runId, RunComparison.DEFAULTS);
        // --- end of README lines ---
        assertThat(Files.readString(report)).contains("<h1>my_model_v2 <span class=\"muted\">run " + runId);
        assertThat(Files.readString(history)).contains("<a href=\"" + runId + "/report.html\">");
        assertThat(ArtifactReader.read(compared.resolve("compare.json"), Comparison.class).metricDeltas())
                .as("the same predictions: every delta is 0").allSatisfy(d -> assertThat(d.delta()).isIn(0.0, null));

        String readme = Files.readString(project.resolve("README.md"));
        assertThat(readme).contains("Path evalDir = new EvalHarness(EvalOptions.DEFAULTS).evaluateAndWrite(Path.of(\"artifacts\"), request);")
                .contains("BinaryPredictions predictions = new BinaryPredictions(\"bad\", \"good\", actualIsBad, probabilityOfBad, 0.5);")
                .contains("Path report = RunReports.write(Path.of(\"artifacts\"), \"credit-g-demo\", runId);")
                .contains("Path history = ProjectIndex.write(Path.of(\"artifacts\"), \"credit-g-demo\");")
                .contains("Path compared = Comparisons.write(Path.of(\"artifacts\"), \"credit-g-demo\", baselineRunId, runId, RunComparison.DEFAULTS);")
                .contains("EvalRequest stressed = request.withModel(myPredictor, null);");
    }

    @Test
    void theReadmeDatasetExampleIngestsShowsAndSplits() throws IOException {
        Path project = Path.of("..");

        // --- README lines (with paths relative to the module folder) ---
        new ProjectStore(artifacts).ensure("credit-g-demo", "German credit risk");
        DatasetStore datasets = new DatasetStore(artifacts);
        DatasetVersion version = datasets.ingest("credit-g-demo", "credit-g", project.resolve("datasets/credit-g.csv"), project,
                IngestOptions.defaults().withTarget("class").withSplit(SplitSpec.stratified("class", 0.3, 42))).version();
        Path explorer = DatasetExplorer.write(artifacts, "credit-g-demo", "credit-g", version.version());
        LoadedDataset data = datasets.read(version, project);      // the rows, checked against the checksum
        SplitRows split = SplitRows.of(version.split(), data.table()); // the version's split, checked against its digest
        // --- end of README lines ---

        assertThat(explorer).isNotEmptyFile();
        assertThat(split.test()).containsExactly(StratifiedSplit.of(data.table().column("class"), 0.3, 42).test());
        assertThat(data.ref()).isEqualTo(version.ref());
        String readme = Files.readString(project.resolve("README.md"));
        assertThat(readme).contains("DatasetStore datasets = new DatasetStore(Path.of(\"artifacts\"));")
                .contains("IngestOptions.defaults().withTarget(\"class\").withSplit(SplitSpec.stratified(\"class\", 0.3, 42))).version();")
                .contains("Path explorer = DatasetExplorer.write(Path.of(\"artifacts\"), \"credit-g-demo\", \"credit-g\", version.version());")
                .contains("SplitRows split = SplitRows.of(version.split(), data.table());");
    }

    @Test
    void theReadmesModelTestIsTheTestThatRuns() throws IOException {
        String source = Files.readString(Path.of("src/test/java/io/modellab/demo/CreditGModelTest.java"));
        String shown = source.substring(source.indexOf("import "));

        assertThat(Files.readString(Path.of("..", "README.md"))).contains("```java\n" + shown + "```\n");
    }
}
