package io.modellab.templates;

import io.modellab.evalharness.core.ModelLabVersion;
import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.data.ValuePredictor;
import io.modellab.evalharness.core.io.CompareFolder;
import io.modellab.evalharness.core.rules.LeakageChecker;
import io.modellab.evalharness.core.rules.PipelineRecord;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.metrics.RegressionRows;
import io.modellab.evalharness.plots.html.ProjectIndex;
import io.modellab.evalharness.plots.html.RunReports;
import io.modellab.evalharness.stress.LabelledRows;
import io.modellab.evalharness.stress.RegressionTask;
import io.modellab.evalharness.stress.Retraining;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.RegressionEvaluator;
import io.modellab.tracker.RegressionRequest;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.RunHandle;
import io.modellab.tracker.RunRules;
import io.modellab.tracker.compare.Comparisons;
import io.modellab.tracker.compare.RunComparison;
import io.modellab.tracker.data.IngestOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One tabular regression experiment on a CSV file, baseline first (template B): ingest it as a dataset version of the
 * project (its split belongs to the version; a skewed target wants {@code SplitSpec.quantileStratified}) and write its
 * explorer page; train the mean predictor as the baseline run and then each improvement (least squares, XGBoost) as a
 * tracked run measured against it. Each run is RUNNING, fails hard on a broken leakage rule, saves its model with its
 * signature ({@code model/}) and {@code predictions.sample.csv}, logs to {@code logs/run.log}, passes the
 * baseline-first check (improvements), is evaluated by the {@link RegressionEvaluator} into its eval folder with
 * stress tests (the model, and the template trained again for the distribution shift), and ends DONE or FAILED with
 * the reason. Then every run's report, the comparison of the best improvement (lowest test RMSE) with the baseline,
 * and the project's run history are written.
 *
 * <p>The spec names least squares the second baseline; here it is tracked as an improvement over the mean so that its
 * claim, like XGBoost's, is checked baseline first and its eval folder carries the mean's metrics.
 *
 * @param settings what to run on
 * @param code the code version runs are recorded with
 * @param progress where progress goes: one line per stage
 */
public record RegressionExperiment(Settings settings, CodeVersion code, ProgressListener progress) {

    /**
     * What the experiment runs on.
     *
     * @param project the project the runs belong to
     * @param projectDescription what the project is for, in its project.json when this creates it
     * @param projectDir the folder the dataset path and the recorded dataset source are relative to
     * @param dataset the CSV file, relative to {@code projectDir}
     * @param datasetName the dataset's name in the project
     * @param ingest how the file becomes a dataset version: its target column (numeric) and split
     * @param keySliceColumn the feature whose buckets become slices (and whose highest bucket the distribution shift
     *     holds out), or {@code null} to let the slicing module's key-feature rule pick it
     * @param seed the seed of the training and the bootstrap
     * @param artifactsRoot where runs are written
     * @param evalOptions how runs are evaluated
     * @param repro the commands repro.md gives for the dataset version read, {@code {run_id}} standing for the run's id
     */
    public record Settings(String project, String projectDescription, Path projectDir, Path dataset,
                           String datasetName, IngestOptions ingest, String keySliceColumn, long seed,
                           Path artifactsRoot, EvalOptions evalOptions, Function<DatasetRef, ReproSteps> repro) {
        /** Checks what can be checked before reading the data. */
        public Settings {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(dataset, "dataset");
            if (ingest.target() == null || ingest.split() == null) {
                throw new IllegalArgumentException("the ingest options must name the target column and a split");
            }
        }

        /** The predicted column. */
        public String target() {
            return ingest.target();
        }
    }

    /**
     * One tracked run the experiment wrote.
     *
     * @param runId the run's id
     * @param model the template's model name
     * @param role baseline or improved
     * @param evalDir its eval folder
     * @param report its report.html
     * @param rmse its test RMSE
     * @param r2 its test R²
     */
    public record Run(String runId, String model, ModelRole role, Path evalDir, Path report, double rmse, double r2) {
    }

    /**
     * What the experiment wrote.
     *
     * @param runs every run, baseline first
     * @param comparedRunId the improvement compared with the baseline (lowest test RMSE)
     * @param compareReport the comparison's page
     * @param projectIndex the project's run history page
     * @param datasetVersion the dataset version every run used
     * @param datasetExplorer the dataset version's explorer page
     */
    public record Result(List<Run> runs, String comparedRunId, Path compareReport, Path projectIndex,
                         DatasetVersion datasetVersion, Path datasetExplorer) {

        /** Copies the list. */
        public Result {
            runs = List.copyOf(runs);
        }

        /** The baseline run. */
        public Run baseline() {
            return runs.get(0);
        }

        /** The run of {@code model}. */
        public Run run(String model) {
            return runs.stream().filter(r -> r.model().equals(model)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no run of model " + model));
        }
    }

    /** Runs the mean baseline, then least squares and XGBoost, each with its default settings. */
    public Result run() {
        long seed = settings.seed();
        return run(List.of(RegressorTemplate.MEAN.defaultConfig(seed), RegressorTemplate.LINEAR_REGRESSION.defaultConfig(seed),
                RegressorTemplate.XGBOOST.defaultConfig(seed)));
    }

    /**
     * Runs the first config as the baseline and every other one as an improvement over it, in order. A broken leakage
     * rule fails that run (FAILED, with the reason) and is rethrown; the history page is written either way.
     *
     * @param configs regression template configs (their seed is replaced by the settings'), at least two
     */
    public Result run(List<TemplateConfig> configs) {
        if (configs.size() < 2) {
            throw new IllegalArgumentException("a regression experiment needs a baseline and at least one improvement,"
                    + " got " + configs.size() + " config(s)");
        }
        configs.forEach(RegressorTemplate::of);
        Settings s = settings;
        ExperimentData x = ExperimentData.prepare(s.project(), s.projectDescription(), s.projectDir(), s.dataset(),
                s.datasetName(), s.ingest(), s.artifactsRoot(), this::stage);
        try {
            List<Run> runs = new ArrayList<>();
            String baselineRunId = null;
            for (TemplateConfig config : configs) {
                Run run = runOne(x, config.withSeed(s.seed()), baselineRunId == null ? ModelRole.BASELINE
                        : ModelRole.IMPROVED, baselineRunId);
                runs.add(run);
                if (baselineRunId == null) {
                    baselineRunId = run.runId();
                }
            }
            Run best = runs.subList(1, runs.size()).stream().min(Comparator.comparingDouble(Run::rmse)).orElseThrow();
            RunComparison how = new RunComparison(s.evalOptions().resamples(), s.seed(),
                    s.evalOptions().confidenceLevel(), (stage, done, total) -> {
                        if (done == total) {
                            stage("[compare] " + stage + " done");
                        }
                    });
            Path compare = Comparisons.write(s.artifactsRoot(), s.project(), baselineRunId, best.runId(), how)
                    .resolve(CompareFolder.REPORT);
            stage("[compare] " + best.model() + " against the " + runs.get(0).model() + " baseline, paired over rows -> "
                    + compare);
            return new Result(runs, best.runId(), compare, ProjectIndex.write(s.artifactsRoot(), s.project()),
                    x.version(), x.explorer());
        } catch (RuntimeException e) {
            // The history page shows a FAILED run with its reason too.
            ProjectIndex.writeAfter(e, s.artifactsRoot(), s.project());
            throw e;
        }
    }

    /**
     * One run: record it RUNNING, train on the train rows, fail hard on leakage, check baseline first, save the model
     * and the predictions sample, evaluate, record DONE, write the report. Any error records the run FAILED with the
     * reason before it is rethrown.
     */
    private Run runOne(ExperimentData x, TemplateConfig config, ModelRole role, String baselineRunId) {
        Settings s = settings;
        Instant start = Instant.now();
        String runId = RunIds.newRunId(start);
        String name = config.model();
        Map<String, Object> runConfig = new LinkedHashMap<>();
        runConfig.put("pipeline", name);
        runConfig.put("template", name);
        config.asMap().forEach((k, v) -> {
            if (!k.equals("model") && !k.equals("seed")) {
                runConfig.put("template." + k, v);
            }
        });
        runConfig.put("target", s.target());
        runConfig.put("split", s.ingest().split().describe());
        if (s.keySliceColumn() != null) {
            runConfig.put("key_slice_column", s.keySliceColumn());
        }
        runConfig.put("bootstrap_resamples", s.evalOptions().resamples());
        RunHandle run = RunHandle.start(x.store(), new RunRecord(SchemaVersion.CURRENT, runId, s.project(), name, role,
                RunStatus.RUNNING, null, s.seed(), code, x.data().ref(), x.splitRef(), baselineRunId, null, runConfig,
                new RunTimings(start.toString(), null, null), RunEnvironment.current(ModelLabVersion.current())),
                Clock.systemUTC());
        Consumer<String> stage = line -> {
            stage(line);
            run.log(line);
        };
        try {
            int[] train = x.split().train();
            int[] test = x.split().test();
            stage.accept(String.format(Locale.ROOT, "[%s] run %s (%s): training on %d rows", name, runId,
                    role.name().toLowerCase(Locale.ROOT), train.length));
            Table trainRows = x.features().rows(train);
            Table testRows = x.features().rows(test);
            double[] trainTargets = targets(x, train);
            double[] testTargets = targets(x, test);
            TribuoRegressor model = RegressionTraining.train(config, trainRows, trainTargets, (what, done, total) -> {
                if (done == total) {
                    stage.accept("[" + name + "] " + what);
                }
            });
            LeakageReport leakage = RunRules.checkLeakage(x.store(), s.project(),
                    new PipelineRecord(runId, x.data().table(), s.target(), x.keys(), model.fitRecords()),
                    LeakageChecker.standard());
            for (LeakageCheck check : leakage.checks()) {
                stage.accept(String.format(Locale.ROOT, "[%s] leakage rule %s: %s%s", name, check.rule(), check.status(),
                        check.status() == LeakageCheck.Status.WARN ? " - " + check.message() : ""));
            }
            RunRules.ResolvedBaseline baseline = null;
            if (role == ModelRole.IMPROVED) {
                baseline = RunRules.resolveBaseline(x.store(), run.record());
                BaselineCheck check = baseline.check();
                run.update(r -> r.withBaselineCheck(check));
                stage.accept(String.format(Locale.ROOT, "[%s] baseline first: %s - %s", name, check.status(),
                        check.message()));
            }
            Path runDir = x.store().runDir(s.project(), runId);
            double[] predicted = model.predict(testRows);
            Path saved = SavedModel.save(runDir, name, s.target(), model);
            stage.accept(String.format(Locale.ROOT, "[%s] model saved -> %s", name, saved));
            PredictionsSample.write(runDir, testRows, testTargets, predicted);

            RegressionRows predictions = new RegressionRows(testTargets, predicted);
            RegressionRequest request = new RegressionRequest(s.project(), runId, name, role, x.data().ref(), code,
                    s.seed(), s.target(), testRows, predictions, s.keySliceColumn(),
                    baseline == null ? null : baseline.check(), baseline == null ? null : baseline.metrics(),
                    s.repro().apply(x.data().ref()))
                    .withModel(model, retraining(trainRows, trainTargets, config));
            EvalOptions options = s.evalOptions().withProgress((what, done, total) -> {
                if (done == total) {
                    stage.accept("[" + name + "] " + what + (total > 1 ? " done: " + total : " done"));
                }
            });
            Path evalDir = new RegressionEvaluator(options).evaluateAndWrite(s.artifactsRoot(), request);
            double rmse = predictions.metric(RegressionRows.RMSE, predictions.allRows());
            double r2 = predictions.metric(RegressionRows.R2, predictions.allRows());
            stage.accept(String.format(Locale.ROOT, "[%s] RMSE %.3f, R² %.3f -> %s", name, rmse, r2, evalDir));
            // DONE is the run's last write (it lists the run folder's files); the report reads it.
            run.done();
            Path report = RunReports.write(s.artifactsRoot(), s.project(), runId);
            return new Run(runId, name, role, evalDir, report, rmse, r2);
        } catch (RuntimeException | Error e) {
            // An Error (out of memory in training) fails the run too, rather than leaving it RUNNING.
            run.failed(e);
            throw e;
        }
    }

    /**
     * The distribution shift's training: the same template and settings on a subset of the train rows (the test rows
     * stay the test rows), so the leakage rules' guarantees hold for it too.
     */
    private static Retraining<ValuePredictor> retraining(Table trainRows, double[] trainTargets, TemplateConfig config) {
        return new Retraining<>(new LabelledRows(trainRows, RegressionTask.labels(trainTargets)), rows -> {
            double[] targets = rows.labels().stream().mapToDouble(Double::parseDouble).toArray();
            return RegressionTraining.train(config, rows.features(), targets, ProgressListener.NONE);
        });
    }

    /** The target of each row at {@code positions}, read as a number; a cell that is not one is named. */
    private double[] targets(ExperimentData x, int[] positions) {
        double[] out = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            String cell = x.labels()[positions[i]];
            Double value = Cells.finiteNumber(cell);
            if (value == null) {
                throw new IllegalArgumentException(x.data().ref().source() + " row "
                        + x.data().table().rowId(positions[i]) + ", column " + settings.target() + ": \"" + cell
                        + "\" is not a finite number; a regression target must be one on every row");
            }
            out[i] = value;
        }
        return out;
    }

    private void stage(String line) {
        progress.progress(line, 1, 1);
    }
}
