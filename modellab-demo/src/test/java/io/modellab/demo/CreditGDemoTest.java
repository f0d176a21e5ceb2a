package io.modellab.demo;

import static io.modellab.assertj.ModelLabAssertions.assertThatEvalFolder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ModelCardFiles;
import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import io.modellab.evalharness.core.schema.modelcard.QualityWarning;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.ReproPackManifest;
import io.modellab.tracker.repro.ReproPacks;
import io.modellab.evalharness.plots.html.Browser;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.StressCorruption;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.tracker.GitCodeVersion;
import io.modellab.tracker.Reproduction;
import io.modellab.tracker.data.DatasetStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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

/** The demo end to end on the bundled credit-g, as the README runs it. */
class CreditGDemoTest {

    private static final Path REPO = Path.of("..");
    private static final String DATASET_SHA256 = "38b6dbf6fb4b0311a3ffc005730f42623128591fb36473ab3c22d270c0467632";
    private static CodeVersion code;

    @TempDir
    static Path dir;

    static CreditGDemo.Result first;
    static CreditGDemo.Result second;
    static String printed;

    /**
     * Runs the demo in this JVM, then again through its main in a second JVM with {@code --reproduce} of the first
     * improved run, as a user following repro.md would.
     */
    @BeforeAll
    static void runTheDemoTwiceWithTheSameSeed() throws Exception {
        try {
            code = GitCodeVersion.of(REPO);
        } catch (IllegalStateException e) {
            Assumptions.abort("the demo records a git commit and this checkout has none: " + e.getMessage());
        }
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        first = CreditGDemo.run(REPO, dir.resolve("first"), 42, code, quiet);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("second.log");
        Process process = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), CreditGDemo.class.getName(),
                "--project-dir", REPO.toString(), "--artifacts", dir.resolve("first").toAbsolutePath().toString(),
                "--reproduce=" + first.improvedRunId())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("second JVM finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        printed = Files.readString(log);
        second = resultFrom(dir.resolve("first"), printed);
    }

    /** The run ids and eval folders that main printed. */
    private static CreditGDemo.Result resultFrom(Path root, String printed) {
        Matcher baseline = Pattern.compile("baseline (run-[0-9a-f-]+): ").matcher(printed);
        Matcher improved = Pattern.compile("improved (run-[0-9a-f-]+): ").matcher(printed);
        Matcher explorer = Pattern.compile("dataset explorer: (.+)").matcher(printed);
        assertThat(baseline.find() && improved.find() && explorer.find()).as(printed).isTrue();
        Path project = root.resolve(CreditGDemo.PROJECT);
        Path baselineRun = project.resolve(baseline.group(1));
        Path improvedRun = project.resolve(improved.group(1));
        Path explorerPage = Path.of(explorer.group(1).strip());
        return new CreditGDemo.Result(baseline.group(1), baselineRun.resolve("eval"), improved.group(1),
                improvedRun.resolve("eval"), baselineRun.resolve("report.html"), improvedRun.resolve("report.html"),
                project.resolve("index.html"),
                project.resolve("compare").resolve(baseline.group(1) + "--" + improved.group(1)).resolve("compare.html"),
                explorerPage.getParent().getFileName().toString(), explorerPage);
    }

    @Test
    void bothRunsWriteAllEightItemsOfTheContractTheirPredictionsStressTableAndFailureModes() throws IOException {
        for (Path eval : List.of(first.baselineEval(), first.improvedEval())) {
            try (Stream<Path> items = Files.list(eval)) {
                assertThat(items.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                        "eval_summary.json", "metrics.json", "confidence_intervals.json", "slices.json",
                        "failure_examples.json", "takeaway.txt", "plots", "repro.md", "predictions.json", "stress.json",
                        "failure_modes.md");
            }
            assertThat(Files.readString(eval.resolve("failure_modes.md"))).contains("data", "objective_metric",
                    "model_representation", "optimization", "systems_infra", "human_ux");
            assertThatEvalFolder(eval).failureExamples().allTagged();
            for (String plot : List.of("roc_curve", "pr_curve", "calibration_curve", "confusion_matrix",
                    "confusion_matrix_normalized", "confidence_histogram", "slices_accuracy", "degradation_roc_auc",
                    "degradation_accuracy", "degradation_f1")) {
                assertThat(eval.resolve("plots/" + plot + ".png")).isNotEmptyFile();
            }
        }
    }

    @Test
    void theImprovedModelDegradesUnderStressAndItsTakeawayNamesTheMostDamagingCorruption() throws IOException {
        StressReport stress = ArtifactReader.read(first.improvedEval().resolve("stress.json"), StressReport.class);

        assertThat(stress.corruptions()).extracting(StressCorruption::kind).containsExactly("missing_values",
                "label_noise", "shuffle_column", "gaussian_noise", "category_swap", "distribution_shift");
        assertThat(stress.corruptions().get(5).name()).isEqualTo("distribution_shift[checking_status = no checking]");
        assertThat(stress.degradation()).hasSize(6 * 4);
        assertThat(stress.permutationImportance().get(0).column()).as("the column shuffled").isEqualTo(
                stress.corruptions().get(2).columns().get(0));
        assertThat(stress.permutationImportance().get(0).ciLower()).isGreaterThan(0);
        Degradation worst = stress.degradation().stream().filter(d -> !d.corruption().equals("label_noise"))
                .min(Comparator.comparingDouble(d -> d.metric("roc_auc").delta())).orElseThrow();
        assertThat(worst.metric("roc_auc").ciUpper()).as("the worst corruption hurts beyond noise").isLessThan(0);
        List<String> takeaway = Files.readAllLines(first.improvedEval().resolve("takeaway.txt"));
        assertThat(takeaway).hasSize(5);
        assertThat(takeaway.get(4)).contains(", and the most damaging stress test is " + worst.corruption()
                + " at severity 40%, which moves ROC-AUC by -0.");
        assertThat(Files.readString(first.improvedReport())).contains("<h2 id=\"stress\">Stress</h2>")
                .contains("distribution_shift[checking_status = no checking]");

        StressReport baseline = ArtifactReader.read(first.baselineEval().resolve("stress.json"), StressReport.class);
        assertThat(baseline.degradation()).filteredOn(d -> !d.corruption().equals("label_noise"))
                .allSatisfy(d -> assertThat(d.metrics()).allSatisfy(m -> assertThat(m.delta()).isZero()));
        assertThat(Files.readAllLines(first.baselineEval().resolve("takeaway.txt")).get(4))
                .endsWith(", and no corruption of the stress tests lowers ROC-AUC.");
    }

    @Test
    void thePrintedReportsOpenInChromiumAtBothWidthsWithoutErrorsFetchesOrOverflow() throws IOException {
        // printed is what the second (reproducing) JVM printed.
        assertThat(printed).contains("%-17s ".formatted("improved report:") + second.improvedReport().toAbsolutePath().normalize())
                .contains("%-17s ".formatted("run history:") + second.projectIndex().toAbsolutePath().normalize());
        assertThat(second.improvedReport()).isNotEmptyFile();
        Browser.assumeAvailable();
        try (Browser browser = Browser.start(1280, 900)) {
            for (int width : new int[] {1280, 390}) {
                browser.resize(width, 900);
                for (Path page : List.of(first.improvedReport(), first.baselineReport(), first.projectIndex(),
                        first.compareReport(), first.datasetExplorer())) {
                    browser.open(page);
                    assertThat(browser.consoleProblems()).as("console of " + page).isEmpty();
                    assertThat(browser.fetches()).as("fetches of " + page).isZero();
                    assertThat(browser.overflowPixels()).as(page + " at " + width + " px").isLessThanOrEqualTo(0);
                }
                browser.open(first.improvedReport());
                assertThat(browser.js("return document.querySelector('h1').textContent"))
                        .isEqualTo("logistic_regression run " + first.improvedRunId());
                assertThat(browser.js("return document.querySelectorAll('#plots + .plots figure img').length")).isEqualTo(7L);
                assertThat(browser.js("return document.querySelectorAll('#stress ~ .plots figure img').length"))
                        .as("one degradation plot per headline metric").isEqualTo(3L);
                assertThat(browser.js("return document.querySelector('#headline ~ .scroll td:nth-child(4)').textContent"))
                        .as("the baseline's ROC-AUC beside the improved one's").isEqualTo("0.500");
                browser.screenshot(Path.of("target", "screenshots", "demo-run-report-" + width + ".png"));
                browser.open(first.compareReport());
                assertThat(browser.js("return document.querySelectorAll('#plots ~ .plots figure img').length"))
                        .as("the ROC overlay, and seven plots, both runs side by side").isEqualTo(15L);
                browser.screenshot(Path.of("target", "screenshots", "demo-compare-" + width + ".png"));
                for (Path report : List.of(first.baselineReport(), first.improvedReport())) {
                    browser.open(report);
                    browser.click("nav a[href='model_card.html']");
                    assertThat(browser.consoleProblems()).as("console of the card of " + report).isEmpty();
                    assertThat(browser.fetches()).isZero();
                    assertThat(browser.overflowPixels()).as("card at " + width + " px").isLessThanOrEqualTo(0);
                    assertThat(browser.js("return document.querySelectorAll('#feature-table tbody tr').length"))
                            .isEqualTo(20L);
                    String role = report.equals(first.baselineReport()) ? "baseline" : "improved";
                    browser.screenshot(Path.of("target", "screenshots", "demo-model-card-" + role + "-" + width + ".png"));
                }
                browser.open(first.projectIndex());
                // Both demo runs and the two of the reproduction, which wrote to the same artifacts root.
                assertThat(browser.js("return document.querySelectorAll('tbody tr').length")).isEqualTo(4L);
                browser.screenshot(Path.of("target", "screenshots", "demo-project-index-" + width + ".png"));
                browser.open(first.datasetExplorer());
                assertThat(browser.js("return document.querySelector('h1').textContent"))
                        .isEqualTo("credit-g version sha256-38b6dbf6fb4b");
                assertThat(browser.js("return document.querySelectorAll('figure img').length"))
                        .as("a histogram per integer column").isEqualTo(7L);
                assertThat(browser.js("return Array.from(document.querySelectorAll('#split-table td:nth-child(2)'))"
                        + ".map(td => td.textContent)")).isEqualTo(List.of("700", "300"));
                browser.screenshot(Path.of("target", "screenshots", "demo-dataset-explorer-" + width + ".png"));
            }
        }
    }

    @Test
    void bothRunsHaveAModelCardThatSaysWhatEachModelIsAndHowGoodItIs() {
        ModelCard baseline = ModelCardFiles.read(first.baselineEval().resolveSibling("model_card.json"));
        ModelCard improved = ModelCardFiles.read(first.improvedEval().resolveSibling("model_card.json"));

        assertThat(ModelCardFiles.bytes(baseline)).as("ours pass the strict check").isNotEmpty();
        assertThat(ModelCardFiles.bytes(improved)).isNotEmpty();
        assertThat(improved.modelIdentification().sessionId()).isEqualTo(first.improvedRunId());
        assertThat(improved.modelArchitecture().description()).startsWith("L2-regularised logistic regression");
        assertThat(improved.trainingDataset().trainRows()).isEqualTo(700);
        assertThat(improved.trainingDataset().valRows()).isEqualTo(300);
        assertThat(improved.featureInventory()).hasSize(20).extracting(f -> f.type()).containsOnly("scalar", "set");
        assertThat(improved.featureInventory()).filteredOn(f -> f.name().equals("duration")).singleElement()
                .satisfies(f -> assertThat(f.statistics().min()).isEqualTo(4.0));
        assertThat(improved.modelQuality().assessment()).isEqualTo("GOOD");
        assertThat(baseline.modelQuality().assessment()).as("a constant baseline is not shown to beat chance")
                .isEqualTo("POOR");
        assertThat(baseline.modelQuality().warnings()).extracting(QualityWarning::type).contains("CONSTANT_SCORES");
        assertThat(baseline.featureInventory()).allSatisfy(f -> assertThat(f.columnImportance().weight()).isZero());
    }

    @Test
    void theReproductionsCardsDifferOnlyInRunIdsAndTimes() throws IOException {
        for (boolean improved : new boolean[] {false, true}) {
            Path a = (improved ? first.improvedEval() : first.baselineEval()).resolveSibling("model_card.json");
            Path b = (improved ? second.improvedEval() : second.baselineEval()).resolveSibling("model_card.json");
            assertThat(withoutRunIdsAndTimes(b, second, first)).isEqualTo(withoutRunIdsAndTimes(a, first, first));
        }
    }

    /** The card's JSON with the run ids of {@code runs} replaced by those of {@code as}, and times removed. */
    private static JsonNode withoutRunIdsAndTimes(Path card, CreditGDemo.Result runs, CreditGDemo.Result as)
            throws IOException {
        String text = Files.readString(card).replace(runs.baselineRunId(), as.baselineRunId())
                .replace(runs.improvedRunId(), as.improvedRunId());
        com.fasterxml.jackson.databind.node.ObjectNode json =
                (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(text);
        json.remove("provenance");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("model_identification")).remove("training_date");
        return json;
    }

    @Test
    void theComparisonNamesRocAucsGainWithAPairedIntervalThatExcludesZero() {
        Comparison comparison = ArtifactReader.read(first.compareReport().resolveSibling("compare.json"),
                Comparison.class);

        assertThat(comparison.reference().runId()).isEqualTo(first.baselineRunId());
        assertThat(comparison.candidate().baselineRunId()).as("baseline first").isEqualTo(first.baselineRunId());
        assertThat(comparison.significance().claimed()).isTrue();
        assertThat(comparison.significance().pairedRows()).isEqualTo(300);
        Comparison.Delta auc = comparison.metricDeltas().stream().filter(d -> d.name().equals("roc_auc")).findFirst()
                .orElseThrow();
        assertThat(auc.delta()).isCloseTo(0.29, org.assertj.core.data.Offset.offset(0.01));
        assertThat(auc.ciLower()).as("the interval excludes 0").isGreaterThan(0);
        assertThat(auc.verdict()).isEqualTo("better");
        assertThat(comparison.answers().howConfident()).contains("roc_auc +0.290 [+");
        assertThat(comparison.configChanges()).extracting(Comparison.Change::key).contains("template");
        assertThat(comparison.dataset().same()).isTrue();
        assertThat(comparison.dataset().schemaChanges()).as("one dataset version").isEmpty();
        assertThat(first.compareReport().resolveSibling("notes.md")).content().startsWith("# What changed my mind");
    }

    @Test
    void aPackOfTheImprovedRunVerifiedInAnEmptyFolderReproducesItsEvalFolderByteForByte() throws IOException {
        Path zip = dir.resolve("improved.zip");
        ReproPackManifest manifest = ReproPacks.export(dir.resolve("first"), CreditGDemo.PROJECT, first.improvedRunId(),
                REPO, zip, true);
        Path empty = Files.createDirectories(dir.resolve("verify"));

        ReproPacks.Verification verification = ReproPacks.verify(zip, empty, CreditGDemo.RERUN);

        assertThat(manifest.dataset().sha256()).isEqualTo(DATASET_SHA256);
        assertThat(manifest.codeVersion()).isEqualTo(code);
        assertThat(verification.rerunEval()).startsWith(empty);
        assertThat(verification.differing()).as("files that differ").isEmpty();
        assertThat(verification.reproduced()).isTrue();
    }

    @Test
    void everyJsonFileTheDemoWroteIsValidAgainstItsPublishedSchema() throws IOException {
        Map<String, String> schemaOf = Map.ofEntries(
                Map.entry("eval_summary.json", "eval_summary"),
                Map.entry("metrics.json", "metrics"),
                Map.entry("confidence_intervals.json", "confidence_intervals"),
                Map.entry("slices.json", "slices"),
                Map.entry("failure_examples.json", "failure_examples"),
                Map.entry("../run.json", "run"),
                Map.entry("../leakage.json", "leakage"),
                Map.entry("predictions.json", "predictions"),
                Map.entry("../../project.json", "project"),
                Map.entry("../../datasets/credit-g/sha256-38b6dbf6fb4b/dataset.json", "dataset"),
                Map.entry("../model_card.json", "model_card"),
                Map.entry("stress.json", "stress"));
        for (Path eval : List.of(first.baselineEval(), first.improvedEval())) {
            for (Map.Entry<String, String> e : schemaOf.entrySet()) {
                assertThat(DemoFolders.validate(e.getValue(), eval.resolve(e.getKey()))).as("%s of %s", e.getKey(), eval)
                        .isEmpty();
            }
        }
    }

    @Test
    void theImprovedModelBeatsTheBaselineWithASaneRocAuc() {
        EvalSummary baseline = ArtifactReader.read(first.baselineEval().resolve("eval_summary.json"), EvalSummary.class);
        EvalSummary improved = ArtifactReader.read(first.improvedEval().resolve("eval_summary.json"), EvalSummary.class);

        assertThat(baseline.role()).isEqualTo(ModelRole.BASELINE);
        assertThat(rocAuc(baseline).value()).isEqualTo(0.5);
        assertThat(improved.baselineRunId()).isEqualTo(first.baselineRunId());
        assertThat(rocAuc(improved).value()).isBetween(0.70, 0.85).isGreaterThan(rocAuc(baseline).value());
        assertThat(rocAuc(improved).ciLower()).as("the interval clears the baseline").isGreaterThan(0.5);
    }

    @Test
    void bothRunsPassTheLeakageRulesAndTheImprovedRunPassesBaselineFirst() {
        for (Path eval : List.of(first.baselineEval(), first.improvedEval())) {
            LeakageReport leakage = ArtifactReader.read(eval.getParent().resolve("leakage.json"), LeakageReport.class);
            assertThat(leakage.passed()).isTrue();
            assertThat(leakage.checks()).extracting(LeakageCheck::rule).containsExactly(
                    "split_disjoint", "fit_on_train_only", "time_ordered", "groups_on_one_side", "target_proxy");
        }
        RunRecord improved = ArtifactReader.read(first.improvedEval().getParent().resolve("run.json"), RunRecord.class);
        EvalSummary summary = ArtifactReader.read(first.improvedEval().resolve("eval_summary.json"), EvalSummary.class);
        assertThat(improved.baselineRunId()).isEqualTo(first.baselineRunId());
        assertThat(improved.baselineCheck().status()).isEqualTo(BaselineCheck.Status.OK);
        assertThat(summary.baselineCheck()).isEqualTo(improved.baselineCheck());
        RunRecord baseline = ArtifactReader.read(first.baselineEval().getParent().resolve("run.json"), RunRecord.class);
        assertThat(baseline.split()).isEqualTo(improved.split());
    }

    @Test
    void creditGIsOneDatasetVersionOfTheProjectAndBothRunsPointToItAndItsSplit() {
        Path root = dir.resolve("first");
        DatasetVersion version = new DatasetStore(root).load(CreditGDemo.PROJECT, "credit-g", first.datasetVersion());

        assertThat(new DatasetStore(root).versions(CreditGDemo.PROJECT, "credit-g"))
                .as("the second JVM found the version the first ingested").containsExactly(version);
        assertThat(version.split().description()).isEqualTo("stratified on class, 30% test, seed 42");
        assertThat(version.profile().labelBalance().labels()).extracting(l -> l.value() + "=" + l.count())
                .containsExactly("good=700", "bad=300");
        assertThat(first.datasetExplorer()).isEqualTo(root.resolve(
                "credit-g-demo/datasets/credit-g/sha256-38b6dbf6fb4b/explorer.html")).isNotEmptyFile();
        assertThat(printed).contains("dataset explorer: " + first.datasetExplorer().toAbsolutePath().normalize());
        for (Path eval : List.of(first.baselineEval(), first.improvedEval(), second.baselineEval(), second.improvedEval())) {
            RunRecord run = ArtifactReader.read(eval.getParent().resolve("run.json"), RunRecord.class);
            EvalSummary summary = ArtifactReader.read(eval.resolve("eval_summary.json"), EvalSummary.class);
            assertThat(run.dataset()).isEqualTo(version.ref());
            assertThat(summary.dataset()).isEqualTo(version.ref());
            assertThat(run.split()).isEqualTo(version.split().ref());
        }
    }

    @Test
    void runsAreRecordedDoneWithDatasetSeedAndCodeVersion() {
        RunRecord run = ArtifactReader.read(first.improvedEval().getParent().resolve("run.json"), RunRecord.class);

        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        assertThat(run.seed()).isEqualTo(42L);
        assertThat(run.codeVersion()).isEqualTo(code);
        assertThat(run.dataset().sha256()).isEqualTo(DATASET_SHA256);
    }

    @Test
    void sameSeedInAnotherJvmGivesByteIdenticalEvalFoldersOnceRunIdsAreMasked() throws IOException {
        assertThat(second.improvedRunId()).isNotEqualTo(first.improvedRunId());
        Map<String, String> sameRuns = Map.of(second.baselineRunId(), first.baselineRunId(),
                second.improvedRunId(), first.improvedRunId());
        for (boolean improved : new boolean[] {false, true}) {
            Path a = improved ? first.improvedEval() : first.baselineEval();
            Path b = improved ? second.improvedEval() : second.baselineEval();
            try (Stream<Path> files = Files.walk(a)) {
                // Seven files of the contract, predictions.json, stress.json, failure_modes.md, the seven plots of a
                // binary classifier and three degradation plots.
                assertThat(files.filter(Files::isRegularFile)).hasSize(20);
            }
            assertThat(Reproduction.differences(a, b, sameRuns)).as("files that differ").isEmpty();
        }
    }

    @Test
    void theReproduceCommandOfRepoMdChecksBothRunsByteForByte() {
        assertThat(printed).contains("Reproducing run " + first.improvedRunId() + " (seed 42)",
                "Reproduced " + first.improvedRunId() + ": every file of its eval folder is byte-identical",
                "Reproduced " + first.baselineRunId() + ": every file of its eval folder is byte-identical");
    }

    @Test
    void reproMdRepeatsTheReadmeDemoCommandWithTheSeed() throws IOException {
        String repro = Files.readString(first.improvedEval().resolve("repro.md"));

        assertThat(repro).contains("```sh\n" + CreditGDemo.COMMAND + " -Ddemo.seed=42\n```");
        assertThat(repro).contains(CreditGDemo.COMMAND + " -Ddemo.reproduce=" + first.improvedRunId());
        assertThat(repro).contains("sha256sum datasets/credit-g.csv");
        assertThat(readmeCommands().get(0)).isEqualTo(CreditGDemo.COMMAND);
    }

    @Test
    void theCiScriptRunsExactlyTheReadmeTestCommand() throws IOException {
        String ci = Files.readString(REPO.resolve(".ci/run"));

        assertThat(readmeCommands()).hasSize(2);
        assertThat(ci).contains("\n" + readmeCommands().get(1) + "\n");
    }

    /** The first fenced block of the README, one command per line. */
    static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        int open = readme.indexOf("```");
        int start = readme.indexOf('\n', open) + 1;
        int end = readme.indexOf("```", start);
        return readme.substring(start, end).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static HeadlineMetric rocAuc(EvalSummary summary) {
        return summary.headline().stream().filter(m -> m.name().equals("roc_auc")).findFirst().orElseThrow();
    }
}
