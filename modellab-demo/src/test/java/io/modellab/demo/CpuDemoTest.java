package io.modellab.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RegressionPredictions;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.templates.RegressionExperiment;
import io.modellab.tracker.GitCodeVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regression demo end to end on the bundled cpu data: once in this JVM, and again through its main in a second
 * JVM into another artifacts root, with the same seed and code version; the two must write the same eval folders.
 */
class CpuDemoTest {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final List<String> MODELS = List.of("mean", "linear_regression", "xgboost");

    @TempDir
    static Path dir;

    static RegressionExperiment.Result first;
    /** Model name to run id, as the second JVM printed them. */
    static Map<String, String> second = new LinkedHashMap<>();
    static String printed;

    @BeforeAll
    static void runTheDemoInTwoJvms() throws Exception {
        CodeVersion code;
        try {
            code = GitCodeVersion.of(REPO);
        } catch (IllegalStateException e) {
            Assumptions.abort("the demo records a git commit and this checkout has none: " + e.getMessage());
            return;
        }
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        first = CpuDemo.run(REPO, dir.resolve("first"), 42, code, quiet);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("second.log");
        Process process = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), CpuDemo.class.getName(),
                "--project-dir", REPO.toString(), "--artifacts", dir.resolve("second").toString(), "--seed", "42")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("second JVM finished").isTrue();
        printed = Files.readString(log);
        assertThat(process.exitValue()).as(printed).isZero();
        Matcher m = Pattern.compile("  (?:baseline|improved) (\\w+) (run-[0-9a-f-]+) \\(").matcher(printed);
        while (m.find()) {
            second.put(m.group(1), m.group(2));
        }
        assertThat(second.keySet()).as(printed).containsExactlyElementsOf(MODELS);
    }

    private static Path secondEval(String model) {
        return dir.resolve("second").resolve(CpuDemo.PROJECT).resolve(second.get(model)).resolve("eval");
    }

    @Test
    void theMeanIsTheBaselineAndBothModelsExplainThreeQuartersOfTheVarianceOnTheDemoSplit() {
        assertThat(first.runs()).extracting(RegressionExperiment.Run::model).containsExactlyElementsOf(MODELS);
        assertThat(first.baseline().role()).isEqualTo(ModelRole.BASELINE);
        // Measured on the quintile-stratified split of seed 42: mean -0.001, least squares 0.792, XGBoost 0.929.
        assertThat(first.run("mean").r2()).isLessThanOrEqualTo(0.0);
        assertThat(first.run("linear_regression").r2()).isGreaterThanOrEqualTo(0.75);
        assertThat(first.run("xgboost").r2()).isGreaterThanOrEqualTo(0.75);
        assertThat(first.comparedRunId()).isEqualTo(first.run("xgboost").runId());
        for (String model : List.of("linear_regression", "xgboost")) {
            EvalSummary s = ArtifactReader.read(first.run(model).evalDir().resolve("eval_summary.json"),
                    EvalSummary.class);
            assertThat(s.baselineCheck().status()).as(model).isEqualTo(BaselineCheck.Status.OK);
            assertThat(s.baselineRunId()).isEqualTo(first.baseline().runId());
        }
        assertThat(printed).contains("Wrote (regression):", "comparison:", "run history:", "dataset explorer:");
    }

    @Test
    void everyRunWritesTheWholeEvalFolderItsModelAndItsReport() throws IOException {
        for (RegressionExperiment.Run run : first.runs()) {
            Path eval = run.evalDir();
            try (Stream<Path> items = Files.list(eval)) {
                assertThat(items.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                        "eval_summary.json", "metrics.json", "confidence_intervals.json", "slices.json",
                        "failure_examples.json", "takeaway.txt", "plots", "repro.md", "regression_predictions.json",
                        "stress.json", "failure_modes.md");
            }
            for (String plot : List.of("predicted_vs_actual", "residuals_vs_predicted", "error_histogram",
                    "error_by_target_quantile", "slices_rmse", "degradation_rmse", "degradation_mae", "degradation_r2")) {
                assertThat(eval.resolve("plots/" + plot + ".png")).as(run.model() + " " + plot).isNotEmptyFile();
            }
            EvalSummary summary = ArtifactReader.read(eval.resolve("eval_summary.json"), EvalSummary.class);
            assertThat(summary.task()).isEqualTo(Task.REGRESSION);
            assertThat(summary.testRows()).isEqualTo(63);
            assertThat(ArtifactReader.read(eval.resolve("regression_predictions.json"), RegressionPredictions.class)
                    .rowIds()).hasSize(63);
            StressReport stress = ArtifactReader.read(eval.resolve("stress.json"), StressReport.class);
            assertThat(stress.metrics()).containsExactly("rmse", "mae", "r2");
            assertThat(stress.corruptions()).extracting(c -> c.kind()).containsExactly("missing_values",
                    "shuffle_column", "gaussian_noise", "distribution_shift");
            assertThat(Files.readAllLines(eval.resolve("takeaway.txt"))).hasSize(5);
            Path runDir = eval.getParent();
            assertThat(ArtifactReader.read(runDir.resolve("run.json"), RunRecord.class).status()).isEqualTo(RunStatus.DONE);
            for (String file : List.of("model/model.tribuo", "model/signature.json", "predictions.sample.csv",
                    "logs/run.log", "report.html")) {
                assertThat(runDir.resolve(file)).as(run.model() + " " + file).isNotEmptyFile();
            }
        }
        Comparison comparison = ArtifactReader.read(first.compareReport().resolveSibling("compare.json"),
                Comparison.class);
        assertThat(comparison.significance().claimed()).isTrue();
        assertThat(comparison.significance().pairedRows()).isEqualTo(63);
        Comparison.Delta rmse = comparison.metricDeltas().stream().filter(d -> d.name().equals("rmse")).findFirst()
                .orElseThrow();
        assertThat(rmse.delta()).isNegative();
        assertThat(rmse.verdict()).isEqualTo("better");
        assertThat(first.projectIndex()).isNotEmptyFile();
        assertThat(first.datasetExplorer()).isNotEmptyFile();
    }

    @Test
    void theEvalFoldersAreByteIdenticalAcrossTwoJvmsRunIdsAside() throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String model : MODELS) {
            ids.put(first.run(model).runId(), second.get(model));
        }
        for (String model : MODELS) {
            DemoFolders.assertSameFolder(first.run(model).evalDir(), secondEval(model), ids);
        }
    }

    @Test
    void everyJsonFileIsValidAgainstItsPublishedSchema() throws IOException {
        Map<String, String> schemaOf = Map.ofEntries(
                Map.entry("eval_summary.json", "eval_summary"),
                Map.entry("metrics.json", "metrics"),
                Map.entry("confidence_intervals.json", "confidence_intervals"),
                Map.entry("slices.json", "slices"),
                Map.entry("failure_examples.json", "failure_examples"),
                Map.entry("regression_predictions.json", "regression_predictions"),
                Map.entry("stress.json", "stress"),
                Map.entry("../run.json", "run"),
                Map.entry("../model/signature.json", "model_signature"),
                Map.entry("../../project.json", "project"));
        for (RegressionExperiment.Run run : first.runs()) {
            for (Map.Entry<String, String> e : schemaOf.entrySet()) {
                assertThat(DemoFolders.validate(e.getValue(), run.evalDir().resolve(e.getKey())))
                        .as("%s of %s", e.getKey(), run.model()).isEmpty();
            }
        }
        Path dataset = first.datasetExplorer().resolveSibling("dataset.json");
        assertThat(DemoFolders.validate("dataset", dataset)).isEmpty();
        assertThat(DemoFolders.validate("compare", first.compareReport().resolveSibling("compare.json"))).isEmpty();
    }
}
