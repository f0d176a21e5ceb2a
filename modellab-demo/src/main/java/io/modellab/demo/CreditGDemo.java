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
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.TargetProxyRule;
import io.modellab.evalharness.core.io.CompareFolder;
import io.modellab.evalharness.plots.html.ProjectIndex;
import io.modellab.evalharness.plots.html.RunReports;
import io.modellab.templates.ClassifierTemplate;
import io.modellab.templates.ClassifierTraining;
import io.modellab.templates.TribuoPredictor;
import io.modellab.tracker.EvalHarness;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.EvalRequest;
import io.modellab.tracker.GitCodeVersion;
import io.modellab.tracker.ReproCommands;
import io.modellab.tracker.Reproduction;
import io.modellab.tracker.RunHandle;
import io.modellab.tracker.RunRules;
import io.modellab.tracker.RunStore;
import io.modellab.tracker.compare.Comparisons;
import io.modellab.tracker.repro.ReproPacks;
import io.modellab.tracker.compare.RunComparison;
import io.modellab.tracker.data.CsvDatasets;
import io.modellab.tracker.data.LoadedDataset;
import io.modellab.tracker.data.StratifiedSplit;
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
 * Trains and evaluates a baseline and an improved model on credit-g, baseline first.
 *
 * <pre>
 * usage: CreditGDemo [--seed N] [--artifacts DIR] [--project-dir DIR] [--reproduce=RUN_ID]
 *   --seed         seed of the split, the training and the bootstrap (default 42)
 *   --artifacts    artifacts root (default artifacts, relative to the project dir)
 *   --project-dir  the repository root: where datasets/credit-g.csv and git are (default .)
 *   --reproduce    repeat an earlier demo run with its seed and check that the new eval folders are
 *                  byte-identical to it and its baseline (run ids aside); exits 1 when they are not
 * </pre>
 */
public final class CreditGDemo {

    /** The project the demo's runs belong to. */
    public static final String PROJECT = "credit-g-demo";
    /** The bundled dataset, relative to the project root. */
    public static final String DATASET = "datasets/credit-g.csv";
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
     * @param compareReport the page comparing the improved run with the baseline
     */
    public record Result(String baselineRunId, Path baselineEval, String improvedRunId, Path improvedEval,
                         Path baselineReport, Path improvedReport, Path projectIndex, Path compareReport) {
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
        System.out.println("  comparison:      " + result.compareReport().toAbsolutePath().normalize());
        System.out.println("  run history:     " + result.projectIndex().toAbsolutePath().normalize());
        if (original != null && !reproduced(original, result, root)) {
            System.exit(1);
        }
    }

    /**
     * Reruns a packed demo run from its unpacked pack: the demo again, with the pack's dataset, seed and recorded code
     * version, both runs (baseline first). The new eval folder is the one of the packed run's role.
     */
    public static final ReproPacks.Rerunner RERUN = (pack, artifactsRoot) -> {
        RunRecord packed = pack.run();
        Result result = run(pack.projectDir(), artifactsRoot, packed.seed(), packed.codeVersion(), System.out);
        if (packed.role() == ModelRole.BASELINE) {
            return new ReproPacks.Rerun(result.baselineEval(), Map.of(result.baselineRunId(), packed.runId()));
        }
        return new ReproPacks.Rerun(result.improvedEval(), Map.of(result.improvedRunId(), packed.runId(),
                result.baselineRunId(), packed.baselineRunId()));
    };

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
     * Trains and evaluates both models.
     *
     * @param projectDir where {@value #DATASET} is
     * @param artifactsRoot where runs are written
     * @param seed the seed
     * @param code the code version the runs are recorded with
     * @param log where progress goes
     */
    public static Result run(Path projectDir, Path artifactsRoot, long seed, CodeVersion code, PrintStream log) {
        LoadedDataset data = CsvDatasets.read("credit-g", projectDir.resolve(DATASET), projectDir);
        log.printf(Locale.ROOT, "Dataset %s version %s: %d rows, sha256 %s%n", data.ref().name(), data.ref().version(),
                data.ref().rows(), data.ref().sha256());
        String[] labels = data.table().column(TARGET);
        StratifiedSplit split = StratifiedSplit.of(labels, TEST_FRACTION, seed);
        Table features = data.table().withoutColumns(TARGET);
        Table train = features.rows(split.train());
        Table test = features.rows(split.test());
        DataSplit keys = DataSplit.trainTest(train.rowIds(), test.rowIds());
        SplitRef splitRef = new SplitRef(String.format(Locale.ROOT, "stratified on %s, %.0f%% test, seed %d", TARGET,
                TEST_FRACTION * 100, seed), keys.digest());
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
            Path baselineReport = RunReports.write(artifactsRoot, PROJECT, baseline.runId());
            Path improvedReport = RunReports.write(artifactsRoot, PROJECT, improved.runId());
            RunComparison how = new RunComparison(EvalOptions.DEFAULTS.resamples(), seed,
                    EvalOptions.DEFAULTS.confidenceLevel(), (stage, done, total) -> {
                        if (done == total) {
                            log.printf(Locale.ROOT, "[compare] %s done%n", stage);
                        }
                    });
            Path compare = Comparisons.write(artifactsRoot, PROJECT, baseline.runId(), improved.runId(), how)
                    .resolve(CompareFolder.REPORT);
            return new Result(baseline.runId(), baseline.evalDir(), improved.runId(), improved.evalDir(),
                    baselineReport, improvedReport, ProjectIndex.write(artifactsRoot, PROJECT), compare);
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
