package io.modellab.demo;

import io.modellab.evalharness.core.ModelLabVersion;
import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.data.ClassProbabilities;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.templates.ClassifierTemplate;
import io.modellab.templates.ClassifierTraining;
import io.modellab.templates.TribuoPredictor;
import io.modellab.tracker.EvalHarness;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.EvalRequest;
import io.modellab.tracker.GitCodeVersion;
import io.modellab.tracker.ReproCommands;
import io.modellab.tracker.RunStore;
import io.modellab.tracker.data.CsvDatasets;
import io.modellab.tracker.data.LoadedDataset;
import io.modellab.tracker.data.StratifiedSplit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
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
 * usage: CreditGDemo [--seed N] [--artifacts DIR] [--project-dir DIR]
 *   --seed         seed of the split, the training and the bootstrap (default 42)
 *   --artifacts    artifacts root (default artifacts, relative to the project dir)
 *   --project-dir  the repository root: where datasets/credit-g.csv and git are (default .)
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
    /** The README's demo command, which repro.md repeats with the run's seed. */
    public static final String COMMAND = "./mvnw -B -Pdemo -DskipTests verify";

    /**
     * What the demo wrote.
     *
     * @param baselineRunId the baseline's run id
     * @param baselineEval the baseline's eval folder
     * @param improvedRunId the improved run's id
     * @param improvedEval the improved run's eval folder
     */
    public record Result(String baselineRunId, Path baselineEval, String improvedRunId, Path improvedEval) {
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
        try {
            for (int i = 0; i < args.length; i += 2) {
                String value = require(args[i], i + 1 < args.length ? args[i + 1] : null);
                switch (args[i]) {
                    case "--seed" -> seed = parseSeed(value);
                    case "--artifacts" -> artifacts = Path.of(value);
                    case "--project-dir" -> projectDir = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\nusage: CreditGDemo [--seed N] [--artifacts DIR] [--project-dir DIR]");
            System.exit(2);
            return;
        }
        Path root = artifacts == null ? projectDir.resolve("artifacts") : projectDir.resolve(artifacts);
        Result result = run(projectDir, root, seed, GitCodeVersion.of(projectDir), System.out);
        System.out.println();
        System.out.println("Wrote:");
        System.out.println("  baseline " + result.baselineRunId() + ": " + result.baselineEval().toAbsolutePath().normalize());
        System.out.println("  improved " + result.improvedRunId() + ": " + result.improvedEval().toAbsolutePath().normalize());
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
        String[] trainLabels = pick(labels, split.train());
        String[] testLabels = pick(labels, split.test());
        log.printf(Locale.ROOT, "Stratified split (seed %d): %d train rows, %d test rows%n", seed, train.rowCount(),
                test.rowCount());

        RunStore store = new RunStore(artifactsRoot);
        ReproCommands repro = new ReproCommands(
                "./mvnw -B -DskipTests install",
                "sha256sum " + DATASET + "   # bundled with the repository; expect " + data.ref().sha256(),
                COMMAND + " -Ddemo.seed=" + seed,
                "# the run command evaluates both runs; the new eval folders are under artifacts/" + PROJECT + "/<run_id>/eval/");

        EvalTarget baseline = trainAndEvaluate(ClassifierTemplate.MOST_FREQUENT, null, data, train, trainLabels, test,
                testLabels, seed, code, store, repro, log);
        EvalTarget improved = trainAndEvaluate(ClassifierTemplate.LOGISTIC_REGRESSION, baseline.metrics(), data, train,
                trainLabels, test, testLabels, seed, code, store, repro, log);
        return new Result(baseline.runId(), baseline.evalDir(), improved.runId(), improved.evalDir());
    }

    private record EvalTarget(String runId, Path evalDir, BaselineMetrics metrics) {
    }

    private static EvalTarget trainAndEvaluate(ClassifierTemplate template, BaselineMetrics baseline, LoadedDataset data,
                                               Table train, String[] trainLabels, Table test, String[] testLabels,
                                               long seed, CodeVersion code, RunStore store, ReproCommands repro,
                                               PrintStream log) {
        Instant start = Instant.now();
        String runId = RunIds.newRunId(start);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("template", template.modelName());
        config.put("target", TARGET);
        config.put("positive_label", POSITIVE);
        config.put("decision_threshold", THRESHOLD);
        config.put("split", "stratified");
        config.put("test_fraction", TEST_FRACTION);
        config.put("key_slice_column", KEY_SLICE_COLUMN);
        config.put("bootstrap_resamples", EvalOptions.DEFAULTS.resamples());
        RunRecord running = new RunRecord(SchemaVersion.CURRENT, runId, PROJECT, template.modelName(), template.role(),
                RunStatus.RUNNING, null, seed, code, data.ref(), config, new RunTimings(start.toString(), null, null),
                RunEnvironment.current(ModelLabVersion.current()));
        store.save(running);
        log.printf(Locale.ROOT, "[%s] run %s (%s): training on %d rows%n", template.modelName(), runId,
                template.role().name().toLowerCase(Locale.ROOT), train.rowCount());
        try {
            TribuoPredictor model = ClassifierTraining.train(template, train, trainLabels, seed);
            ClassProbabilities probabilities = model.predict(test);
            boolean[] actual = new boolean[testLabels.length];
            for (int i = 0; i < actual.length; i++) {
                actual[i] = POSITIVE.equals(testLabels[i]);
            }
            BinaryPredictions predictions = new BinaryPredictions(POSITIVE, NEGATIVE, actual,
                    probabilities.probabilitiesOf(POSITIVE), THRESHOLD);
            EvalRequest request = new EvalRequest(PROJECT, runId, template.modelName(), template.role(), data.ref(),
                    code, seed, test, predictions, KEY_SLICE_COLUMN, baseline, repro);
            EvalOptions options = EvalOptions.DEFAULTS.withProgress((stage, done, total) -> {
                if (done == total) {
                    log.printf(Locale.ROOT, "[%s] %s done%n", template.modelName(), stage);
                }
            });
            Path evalDir = new EvalHarness(options).evaluateAndWrite(store.root(), request);
            Instant end = Instant.now();
            store.save(running.finish(RunStatus.DONE, null,
                    new RunTimings(start.toString(), end.toString(), Duration.between(start, end).toMillis())));
            BaselineMetrics metrics = new BaselineMetrics(runId, template.modelName(), predictions.metrics(predictions.allRows()));
            log.printf(Locale.ROOT, "[%s] ROC-AUC %.3f, accuracy %.3f -> %s%n", template.modelName(),
                    predictions.metric(BinaryPredictions.ROC_AUC, predictions.allRows()),
                    predictions.metric(BinaryPredictions.ACCURACY, predictions.allRows()), evalDir);
            return new EvalTarget(runId, evalDir, metrics);
        } catch (RuntimeException e) {
            Instant end = Instant.now();
            try {
                store.save(running.finish(RunStatus.FAILED, e.toString(),
                        new RunTimings(start.toString(), end.toString(), Duration.between(start, end).toMillis())));
            } catch (RuntimeException recordFailed) {
                e.addSuppressed(recordFailed);
            }
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
