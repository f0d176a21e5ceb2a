package io.modellab.demo;

import io.modellab.evalharness.core.ModelLabVersion;
import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.data.ClassProbabilities;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.DataSplit;
import io.modellab.evalharness.core.rules.LeakageChecker;
import io.modellab.evalharness.core.rules.PipelineRecord;
import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.TargetProxyRule;
import io.modellab.evalharness.plots.html.DatasetExplorer;
import io.modellab.evalharness.plots.html.ProjectIndex;
import io.modellab.evalharness.plots.html.RunReports;
import io.modellab.templates.ClassifierTemplate;
import io.modellab.templates.ClassifierTraining;
import io.modellab.templates.TribuoPredictor;
import io.modellab.tracker.EvalHarness;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.EvalRequest;
import io.modellab.tracker.GitCodeVersion;
import io.modellab.tracker.ProjectStore;
import io.modellab.tracker.ReproCommands;
import io.modellab.tracker.Reproduction;
import io.modellab.tracker.RunHandle;
import io.modellab.tracker.RunRules;
import io.modellab.tracker.RunStore;
import io.modellab.tracker.data.DatasetStore;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.LoadedDataset;
import io.modellab.tracker.data.SplitRows;
import io.modellab.tracker.data.SplitSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ingests credit-g as a dataset version of the demo's project, then trains and evaluates a baseline and an improved
 * model on the version's split, baseline first.
 *
 * <pre>
 * usage: CreditGDemo [--seed N] [--artifacts DIR] [--project-dir DIR] [--reproduce=RUN_ID]
 *   --seed         seed of the training and the bootstrap (default 42); the split is the dataset version's
 *                  (stratified on class, 30% test, seed 42), so runs of every seed score the same rows
 *   --artifacts    artifacts root (default artifacts, relative to the project dir)
 *   --project-dir  the repository root: where datasets/credit-g.csv and git are (default .)
 *   --reproduce    repeat an earlier demo run with its seed and check that the new eval folders are
 *                  byte-identical to it and its baseline (run ids aside); exits 1 when they are not
 * </pre>
 */
public final class CreditGDemo {

    /** The project the demo's runs belong to. */
    public static final String PROJECT = "credit-g-demo";
    /** What the project is for, in its project.json. */
    public static final String PROJECT_DESCRIPTION = "German credit risk (UCI Statlog): a most-frequent baseline, then"
            + " a logistic regression, compared baseline first";
    /** The bundled dataset, relative to the project root. */
    public static final String DATASET = "datasets/credit-g.csv";
    /** The dataset's name in the project. */
    public static final String DATASET_NAME = "credit-g";
    /** The target column. */
    public static final String TARGET = "class";
    /** The label scored as positive: a bad credit risk. */
    public static final String POSITIVE = "bad";
    /** The other label. */
    public static final String NEGATIVE = "good";
    /** The categorical column whose categories become slices. */
    public static final String KEY_SLICE_COLUMN = "checking_status";
    /** Share of each class held out for testing. */
    public static final double TEST_FRACTION = 0.3;
    /** Predict {@link #POSITIVE} when its probability is at least this. */
    public static final double THRESHOLD = 0.5;
    /** The seed when none is given. */
    public static final long DEFAULT_SEED = 42;
    /**
     * The seed of the dataset version's split. A version's split never changes, so it is not the run's seed: runs with
     * other seeds train differently on the same rows, which keeps them comparable.
     */
    public static final long SPLIT_SEED = 42;
    /** How credit-g becomes a dataset version: the target, and a stratified split. */
    public static final IngestOptions INGEST = IngestOptions.defaults().withTarget(TARGET)
            .withSplit(SplitSpec.stratified(TARGET, TEST_FRACTION, SPLIT_SEED)).withIngestedBy("CreditGDemo")
            .withNotes("UCI Statlog (German Credit Data), bundled with the repository: datasets/README.md gives its"
                    + " origin and conversion");
    /** A single feature separating the label with a training AUC above this is reported as a likely target proxy. */
    public static final double PROXY_AUC = 0.99;
    /** The README's demo command, which repro.md repeats with the run's seed. */
    public static final String COMMAND = "./mvnw -B -Pdemo -DskipTests verify";

    /**
     * What the demo wrote.
     *
     * @param baselineRunId the baseline's run id
     * @param baselineEval the baseline's eval folder
     * @param improvedRunId the improved run's id
     * @param improvedEval the improved run's eval folder
     * @param baselineReport the baseline's report.html
     * @param improvedReport the improved run's report.html
     * @param projectIndex the project's run history page
     * @param datasetVersion the dataset version both runs used
     * @param datasetExplorer the dataset version's explorer page
     */
    public record Result(String baselineRunId, Path baselineEval, String improvedRunId, Path improvedEval,
                         Path baselineReport, Path improvedReport, Path projectIndex, String datasetVersion,
                         Path datasetExplorer) {
    }

    /** Tribuo and Hibernate Validator log routine INFO lines through java.util.logging; the demo prints its own. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.tribuo"), Logger.getLogger("org.hibernate"));

    private CreditGDemo() {
    }

    /** Runs the demo; see the class comment for the arguments. */
    public static void main(String[] args) {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        long seed = DEFAULT_SEED;
        Path artifacts = null;
        Path projectDir = Path.of(".");
        String reproduce = "";
        try {
            for (int i = 0; i < args.length; i += 2) {
                if (args[i].startsWith("--reproduce=")) {
                    reproduce = args[i].substring("--reproduce=".length());
                    i--;
                    continue;
                }
                String value = require(args[i], i + 1 < args.length ? args[i + 1] : null);
                switch (args[i]) {
                    case "--seed" -> seed = parseSeed(value);
                    case "--artifacts" -> artifacts = Path.of(value);
                    case "--project-dir" -> projectDir = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage()
                    + "\nusage: CreditGDemo [--seed N] [--artifacts DIR] [--project-dir DIR] [--reproduce=RUN_ID]");
            System.exit(2);
            return;
        }
        Path root = artifacts == null ? projectDir.resolve("artifacts") : projectDir.resolve(artifacts);
        RunRecord original = null;
        if (!reproduce.isBlank()) {
            original = new RunStore(root).load(PROJECT, reproduce);
            seed = original.seed();
            System.out.println("Reproducing run " + original.runId() + " (seed " + seed + ")");
        }
        Result result = run(projectDir, root, seed, GitCodeVersion.of(projectDir), System.out);
        System.out.println();
        System.out.println("Wrote:");
        System.out.println("  baseline " + result.baselineRunId() + ": " + result.baselineEval().toAbsolutePath().normalize());
        System.out.println("  improved " + result.improvedRunId() + ": " + result.improvedEval().toAbsolutePath().normalize());
        System.out.println("  baseline report: " + result.baselineReport().toAbsolutePath().normalize());
        System.out.println("  improved report: " + result.improvedReport().toAbsolutePath().normalize());
        System.out.println("  run history:     " + result.projectIndex().toAbsolutePath().normalize());
        System.out.println("  dataset explorer: " + result.datasetExplorer().toAbsolutePath().normalize());
        if (original != null && !reproduced(original, result, root)) {
            System.exit(1);
        }
    }

    /** Compares the new runs' eval folders with the original run's (and its baseline's); prints the verdict. */
    static boolean reproduced(RunRecord original, Result result, Path root) {
        Map<String, String> sameRuns = new LinkedHashMap<>();
        Map<String, Path> pairs = new LinkedHashMap<>();
        if (original.role() == ModelRole.BASELINE) {
            sameRuns.put(result.baselineRunId(), original.runId());
            pairs.put(original.runId(), result.baselineEval());
        } else {
            sameRuns.put(result.improvedRunId(), original.runId());
            sameRuns.put(result.baselineRunId(), original.baselineRunId());
            pairs.put(original.runId(), result.improvedEval());
            pairs.put(original.baselineRunId(), result.baselineEval());
        }
        boolean identical = true;
        for (Map.Entry<String, Path> pair : pairs.entrySet()) {
            Path before = EvalFolderWriter.evalDir(root, PROJECT, pair.getKey());
            List<String> differing = Reproduction.differences(before, pair.getValue(), sameRuns);
            System.out.println(differing.isEmpty()
                    ? "Reproduced " + pair.getKey() + ": every file of its eval folder is byte-identical"
                    : "NOT reproduced " + pair.getKey() + ": these files differ: " + differing);
            identical &= differing.isEmpty();
        }
        return identical;
    }

    /**
     * Ingests the dataset (or finds the version its bytes already are), writes its explorer page, then trains and
     * evaluates both models on the version's rows and split.
     *
     * @param projectDir where {@value #DATASET} is
     * @param artifactsRoot where runs are written
     * @param seed the seed of the training and the bootstrap (the split is the dataset version's)
     * @param code the code version the runs are recorded with
     * @param log where progress goes
     */
    public static Result run(Path projectDir, Path artifactsRoot, long seed, CodeVersion code, PrintStream log) {
        new ProjectStore(artifactsRoot).ensure(PROJECT, PROJECT_DESCRIPTION);
        DatasetStore datasets = new DatasetStore(artifactsRoot);
        DatasetStore.Ingested ingested = datasets.ingest(PROJECT, DATASET_NAME, projectDir.resolve(DATASET), projectDir,
                INGEST);
        DatasetVersion version = ingested.version();
        log.printf(Locale.ROOT, "Dataset %s version %s (%s): %d rows, sha256 %s%n", version.name(), version.version(),
                ingested.created() ? "ingested now" : "ingested before", version.rows(), version.sha256());
        Path explorer = DatasetExplorer.write(artifactsRoot, PROJECT, DATASET_NAME, version.version());
        LoadedDataset data = datasets.read(version, projectDir);
        String[] labels = data.table().column(TARGET);
        SplitRows split = SplitRows.of(version.split(), data.table());
        Table features = data.table().withoutColumns(TARGET);
        Table train = features.rows(split.train());
        Table test = features.rows(split.test());
        DataSplit keys = split.keys(data.table());
        SplitRef splitRef = version.split().ref();
        log.printf(Locale.ROOT, "Split %s: %d train rows, %d test rows%n", splitRef.strategy(), train.rowCount(),
                test.rowCount());

        ReproCommands repro = new ReproCommands(
                "./mvnw -B -DskipTests install",
                "sha256sum " + DATASET + "   # bundled with the repository; expect " + data.ref().sha256(),
                COMMAND + " -Ddemo.seed=" + seed,
                COMMAND + " -Ddemo.reproduce=" + ReproCommands.RUN_ID
                        + "   # trains and evaluates again with this run's seed and checks the new eval folders byte for byte");
        Experiment experiment = new Experiment(data, train, pick(labels, split.train()), test, pick(labels, split.test()),
                keys, splitRef, seed, code, new RunStore(artifactsRoot), repro, log);

        try {
            EvalTarget baseline = trainAndEvaluate(experiment, ClassifierTemplate.MOST_FREQUENT, null);
            EvalTarget improved = trainAndEvaluate(experiment, ClassifierTemplate.LOGISTIC_REGRESSION, baseline.runId());
            return new Result(baseline.runId(), baseline.evalDir(), improved.runId(), improved.evalDir(),
                    RunReports.write(artifactsRoot, PROJECT, baseline.runId()),
                    RunReports.write(artifactsRoot, PROJECT, improved.runId()),
                    ProjectIndex.write(artifactsRoot, PROJECT), version.version(), explorer);
        } catch (RuntimeException e) {
            // The history page shows a FAILED run with its reason too.
            ProjectIndex.write(artifactsRoot, PROJECT);
            throw e;
        }
    }

    /** What both runs share: the data, its split, the seed, the code and where runs go. */
    private record Experiment(LoadedDataset data, Table train, String[] trainLabels, Table test, String[] testLabels,
                              DataSplit split, SplitRef splitRef, long seed, CodeVersion code, RunStore store,
                              ReproCommands repro, PrintStream log) {
    }

    private record EvalTarget(String runId, Path evalDir) {
    }

    /**
     * One run: record it RUNNING, train, fail hard on leakage, check the baseline-first rule, evaluate, record DONE.
     * Any error records the run FAILED with the reason before it is rethrown.
     */
    private static EvalTarget trainAndEvaluate(Experiment x, ClassifierTemplate template, String baselineRunId) {
        Instant start = Instant.now();
        String runId = RunIds.newRunId(start);
        String name = template.modelName();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("template", name);
        config.put("target", TARGET);
        config.put("positive_label", POSITIVE);
        config.put("decision_threshold", THRESHOLD);
        config.put("test_fraction", TEST_FRACTION);
        config.put("key_slice_column", KEY_SLICE_COLUMN);
        config.put("bootstrap_resamples", EvalOptions.DEFAULTS.resamples());
        RunHandle run = RunHandle.start(x.store(), new RunRecord(SchemaVersion.CURRENT, runId, PROJECT, name,
                template.role(), RunStatus.RUNNING, null, x.seed(), x.code(), x.data().ref(), x.splitRef(), baselineRunId,
                null, config, new RunTimings(start.toString(), null, null), RunEnvironment.current(ModelLabVersion.current())),
                Clock.systemUTC());
        x.log().printf(Locale.ROOT, "[%s] run %s (%s): training on %d rows%n", name, runId,
                template.role().name().toLowerCase(Locale.ROOT), x.train().rowCount());
        try {
            TribuoPredictor model = ClassifierTraining.train(template, x.train(), x.trainLabels(), x.seed());

            LeakageReport leakage = RunRules.checkLeakage(x.store(), PROJECT,
                    new PipelineRecord(runId, x.data().table(), TARGET, x.split(), model.fitRecords()),
                    LeakageChecker.standard().with(new TargetProxyRule(POSITIVE, PROXY_AUC)));
            for (LeakageCheck check : leakage.checks()) {
                x.log().printf(Locale.ROOT, "[%s] leakage rule %s: %s%s%n", name, check.rule(), check.status(),
                        check.status() == LeakageCheck.Status.WARN ? " - " + check.message() : "");
            }

            RunRules.ResolvedBaseline baseline = null;
            if (template.role() == ModelRole.IMPROVED) {
                baseline = RunRules.resolveBaseline(x.store(), run.record());
                BaselineCheck check = baseline.check();
                run.update(r -> r.withBaselineCheck(check));
                x.log().printf(Locale.ROOT, "[%s] baseline first: %s - %s%n", name, baseline.check().status(),
                        baseline.check().message());
            }

            ClassProbabilities probabilities = model.predict(x.test());
            boolean[] actual = new boolean[x.testLabels().length];
            for (int i = 0; i < actual.length; i++) {
                actual[i] = POSITIVE.equals(x.testLabels()[i]);
            }
            BinaryPredictions predictions = new BinaryPredictions(POSITIVE, NEGATIVE, actual,
                    probabilities.probabilitiesOf(POSITIVE), THRESHOLD);
            EvalRequest request = new EvalRequest(PROJECT, runId, name, template.role(), x.data().ref(), x.code(),
                    x.seed(), x.test(), predictions, KEY_SLICE_COLUMN, baseline == null ? null : baseline.check(),
                    baseline == null ? null : baseline.metrics(), x.repro());
            EvalOptions options = EvalOptions.DEFAULTS.withProgress((stage, done, total) -> {
                if (done == total) {
                    x.log().printf(Locale.ROOT, "[%s] %s done%n", name, stage);
                }
            });
            Path evalDir = new EvalHarness(options).evaluateAndWrite(x.store().root(), request);
            run.done();
            x.log().printf(Locale.ROOT, "[%s] ROC-AUC %.3f, accuracy %.3f -> %s%n", name,
                    predictions.metric(BinaryPredictions.ROC_AUC, predictions.allRows()),
                    predictions.metric(BinaryPredictions.ACCURACY, predictions.allRows()), evalDir);
            return new EvalTarget(runId, evalDir);
        } catch (RuntimeException e) {
            run.failed(e);
            throw e;
        }
    }

    private static String[] pick(String[] values, int[] rows) {
        String[] out = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static long parseSeed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed needs a whole number, got \"" + value + "\"", e);
        }
    }

    private static String require(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }

}
