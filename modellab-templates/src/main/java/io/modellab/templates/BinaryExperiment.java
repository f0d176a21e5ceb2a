package io.modellab.templates;

import io.modellab.evalharness.core.ModelLabVersion;
import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.CompareFolder;
import io.modellab.evalharness.core.rules.DataSplit;
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
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.core.spi.EvalPipeline;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.TargetProxyRule;
import io.modellab.evalharness.plots.html.ProjectIndex;
import io.modellab.evalharness.plots.html.RunReports;
import io.modellab.evalharness.stress.LabelledRows;
import io.modellab.evalharness.stress.Retraining;
import io.modellab.tracker.EvalHarness;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.EvalRequest;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.RunHandle;
import io.modellab.tracker.RunRules;
import io.modellab.tracker.RunStore;
import io.modellab.tracker.card.ModelCards;
import io.modellab.tracker.compare.Comparisons;
import io.modellab.tracker.compare.RunComparison;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.LoadedDataset;
import io.modellab.tracker.data.SplitRows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One binary-classification experiment on a CSV file, baseline first: ingest it as a dataset version of the project
 * (checksum, schema, profile, and the split, which belongs to the version) and write its explorer page, run the
 * baseline pipeline and then the candidate on the version's split, each as a tracked run (RUNNING, leakage
 * rules that fail it hard, the baseline-first check, evaluation into an eval folder with stress tests when
 * the pipeline returns its model, DONE or FAILED with the reason),
 * then write both run reports, the comparison of the candidate with the baseline, and the project's run history.
 * The demo and {@code mvn modellab:eval} are this class with different settings.
 *
 * @param settings what to run on
 * @param code the code version runs are recorded with
 * @param progress where progress goes: one line per stage (a stage reports when it is done)
 */
public record BinaryExperiment(Settings settings, CodeVersion code, ProgressListener progress) {

    /**
     * What the experiment runs on.
     *
     * @param project the project the runs belong to
     * @param projectDescription what the project is for, in its project.json when this creates it
     * @param projectDir the folder the dataset path and the recorded dataset source are relative to
     * @param dataset the CSV file (or folder of CSV files), relative to {@code projectDir}
     * @param datasetName the dataset's name in the project
     * @param ingest how the file becomes a dataset version: its target column and split (the split belongs to the
     *     version, so every run of the version scores the same test rows)
     * @param positiveLabel the label scored as positive
     * @param keySliceColumn the categorical column whose top categories become slices, or {@code null} to let the
     *     slicing module's key-feature rule pick it
     * @param threshold a row is predicted positive when its score is at least this
     * @param seed the seed of the training and the bootstrap
     * @param proxyAuc a single feature separating the label above this training AUC is reported as a likely proxy
     * @param artifactsRoot where runs are written
     * @param evalOptions how runs are evaluated
     * @param repro the commands repro.md gives for the dataset version read, {@code {run_id}} standing for the run's
     *     id
     */
    public record Settings(String project, String projectDescription, Path projectDir, Path dataset,
                           String datasetName, IngestOptions ingest, String positiveLabel, String keySliceColumn,
                           double threshold, long seed, double proxyAuc, Path artifactsRoot, EvalOptions evalOptions,
                           Function<DatasetRef, ReproSteps> repro) {
        /** Checks what can be checked before reading the data. */
        public Settings {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(positiveLabel, "positiveLabel");
            if (ingest.target() == null || ingest.split() == null) {
                throw new IllegalArgumentException("the ingest options must name the target column and a split");
            }
        }

        /** The label column. */
        public String target() {
            return ingest.target();
        }
    }

    /**
     * What the experiment wrote. The baseline fields are null when it ran without a baseline.
     *
     * @param baselineRunId the baseline's run id
     * @param baselineEval the baseline's eval folder
     * @param candidateRunId the candidate's run id
     * @param candidateEval the candidate's eval folder
     * @param baselineReport the baseline's report.html
     * @param candidateReport the candidate's report.html
     * @param compareReport the comparison's page, or null without a baseline
     * @param projectIndex the project's run history page
     * @param datasetVersion the dataset version both runs used
     * @param datasetExplorer the dataset version's explorer page
     */
    public record Result(String baselineRunId, Path baselineEval, String candidateRunId, Path candidateEval,
                         Path baselineReport, Path candidateReport, Path compareReport, Path projectIndex,
                         DatasetVersion datasetVersion, Path datasetExplorer) {
    }

    /**
     * Runs the baseline (if any) and then the candidate. A broken leakage rule fails that run (FAILED, with the
     * reason) and is rethrown as {@link io.modellab.evalharness.core.rules.LeakageException}; the history page is
     * written either way.
     *
     * @param baseline the baseline pipeline, or null to run the candidate alone (it then fails baseline first)
     * @param candidate the pipeline to evaluate against the baseline
     */
    public Result run(EvalPipeline baseline, EvalPipeline candidate) {
        Settings s = settings;
        Prepared p = prepare();
        Shared shared = p.shared();
        DatasetVersion version = p.version();
        Path explorer = p.explorer();
        try {
            Evaluated base = baseline == null ? null : runOne(shared, baseline, ModelRole.BASELINE, null, true);
            Evaluated cand = runOne(shared, candidate, ModelRole.IMPROVED, base == null ? null : base.runId(), true);
            Path baseReport = base == null ? null : RunReports.write(s.artifactsRoot(), s.project(), base.runId());
            Path candReport = RunReports.write(s.artifactsRoot(), s.project(), cand.runId());
            Path compare = null;
            if (base != null) {
                RunComparison how = new RunComparison(s.evalOptions().resamples(), s.seed(),
                        s.evalOptions().confidenceLevel(), this::whenDone);
                compare = Comparisons.write(s.artifactsRoot(), s.project(), base.runId(), cand.runId(), how)
                        .resolve(CompareFolder.REPORT);
            }
            return new Result(base == null ? null : base.runId(), base == null ? null : base.evalDir(), cand.runId(),
                    cand.evalDir(), baseReport, candReport, compare, ProjectIndex.write(s.artifactsRoot(), s.project()),
                    version, explorer);
        } catch (RuntimeException e) {
            // The history page shows a FAILED run with its reason too.
            ProjectIndex.writeAfter(e, s.artifactsRoot(), s.project());
            throw e;
        }
    }

    /**
     * Trains the baseline (if any) and then the candidate, each as a tracked run, baseline first, without evaluating
     * them: the leakage rules fail a run hard as in {@link #run}, and a DONE run holds its saved model
     * ({@code model/}), {@code predictions.sample.csv} and {@code logs/run.log}, but no eval folder. The history page
     * is written either way.
     *
     * @param baseline the baseline pipeline, or null to train the candidate alone
     * @param candidate the pipeline to train
     */
    public Trained train(EvalPipeline baseline, EvalPipeline candidate) {
        Settings s = settings;
        Prepared p = prepare();
        try {
            Evaluated base = baseline == null ? null : runOne(p.shared(), baseline, ModelRole.BASELINE, null, false);
            Evaluated cand = runOne(p.shared(), candidate, ModelRole.IMPROVED, base == null ? null : base.runId(), false);
            return new Trained(base == null ? null : base.runId(), cand.runId(),
                    ProjectIndex.write(s.artifactsRoot(), s.project()), p.version());
        } catch (RuntimeException e) {
            ProjectIndex.writeAfter(e, s.artifactsRoot(), s.project());
            throw e;
        }
    }

    /**
     * What {@link #train} wrote.
     *
     * @param baselineRunId the baseline's run id, null without a baseline
     * @param candidateRunId the candidate's run id
     * @param projectIndex the project's run history page
     * @param datasetVersion the dataset version both runs trained on
     */
    public record Trained(String baselineRunId, String candidateRunId, Path projectIndex, DatasetVersion datasetVersion) {
    }

    /** Ingests the dataset version (or finds it), writes its explorer page and reads its rows and split. */
    private Prepared prepare() {
        Settings s = settings;
        ExperimentData d = ExperimentData.prepare(s.project(), s.projectDescription(), s.projectDir(), s.dataset(),
                s.datasetName(), s.ingest(), s.artifactsRoot(), this::stage);
        return new Prepared(new Shared(d.data(), d.features(), d.labels(), d.split(), d.keys(), d.splitRef(), d.store()),
                d.version(), d.explorer());
    }

    private record Prepared(Shared shared, DatasetVersion version, Path explorer) {
    }

    /** What both runs share. */
    private record Shared(LoadedDataset data, Table features, String[] labels, SplitRows split, DataSplit keys,
                          SplitRef splitRef, RunStore store) {
    }

    private record Evaluated(String runId, Path evalDir) {
    }

    /**
     * One run: record it RUNNING, fit and score, fail hard on leakage, check the baseline-first rule, evaluate,
     * record DONE. Any error records the run FAILED with the reason before it is rethrown.
     */
    private Evaluated runOne(Shared x, EvalPipeline pipeline, ModelRole role, String baselineRunId, boolean evaluate) {
        Settings s = settings;
        Instant start = Instant.now();
        String runId = RunIds.newRunId(start);
        String name = pipeline.name();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("pipeline", name);
        config.put("target", s.target());
        config.put("positive_label", s.positiveLabel());
        config.put("split", s.ingest().split().describe());
        if (evaluate) {
            config.put("decision_threshold", s.threshold());
            if (s.keySliceColumn() != null) {
                config.put("key_slice_column", s.keySliceColumn());
            }
            config.put("bootstrap_resamples", s.evalOptions().resamples());
        }
        RunHandle run = RunHandle.start(x.store(), new RunRecord(SchemaVersion.CURRENT, runId, s.project(), name, role,
                RunStatus.RUNNING, null, s.seed(), code, x.data().ref(), x.splitRef(), baselineRunId, null, config,
                new RunTimings(start.toString(), null, null), RunEnvironment.current(ModelLabVersion.current())),
                Clock.systemUTC());
        // Every line about this run goes to its logs/run.log too.
        java.util.function.Consumer<String> stage = line -> {
            stage(line);
            run.log(line);
        };
        try {
            stage.accept(String.format(Locale.ROOT, "[%s] run %s (%s): training on %d rows", name, runId,
                    role.name().toLowerCase(Locale.ROOT), x.split().train().length));
            // A template's training stages go to the run's log too.
            EvalPipeline fitted = pipeline instanceof TemplatePipeline t
                    ? new TemplatePipeline(t.template(), t.config(), logged(run, t.progress()))
                    : pipeline instanceof TextTemplatePipeline t ? new TextTemplatePipeline(t.config(),
                    logged(run, t.progress())) : pipeline;
            EvalPipeline.Scored scored = fitted.fitAndScore(new EvalPipeline.Input(x.features(), x.labels(),
                    x.split().train(), x.split().test(), s.positiveLabel(), s.seed()));
            if (!scored.config().isEmpty()) {
                run.update(r -> withConfig(r, scored.config()));
            }
            LeakageReport leakage = RunRules.checkLeakage(x.store(), s.project(),
                    new PipelineRecord(runId, x.data().table(), s.target(), x.keys(), scored.fits()),
                    LeakageChecker.standard().with(new TargetProxyRule(s.positiveLabel(), s.proxyAuc())));
            for (LeakageCheck check : leakage.checks()) {
                stage.accept(String.format(Locale.ROOT, "[%s] leakage rule %s: %s%s", name, check.rule(), check.status(),
                        check.status() == LeakageCheck.Status.WARN ? " - " + check.message() : ""));
            }
            RunRules.ResolvedBaseline baseline = null;
            // Baseline first is a rule about claimed improvements: it reads the baseline's metrics, so only an
            // evaluated run is checked; a trained one is recorded with its baseline's run id.
            if (role == ModelRole.IMPROVED && evaluate) {
                baseline = RunRules.resolveBaseline(x.store(), run.record());
                BaselineCheck check = baseline.check();
                run.update(r -> r.withBaselineCheck(check));
                stage.accept(String.format(Locale.ROOT, "[%s] baseline first: %s - %s", name, check.status(), check.message()));
            }
            String[] testLabels = new String[x.split().test().length];
            boolean[] actual = new boolean[testLabels.length];
            for (int i = 0; i < actual.length; i++) {
                testLabels[i] = x.labels()[x.split().test()[i]];
                actual[i] = s.positiveLabel().equals(testLabels[i]);
            }
            String negative = java.util.Arrays.stream(x.labels()).filter(l -> !s.positiveLabel().equals(l)).findFirst()
                    .orElse("not " + s.positiveLabel());
            saveModel(x, runId, name, scored, testLabels, negative, stage);
            if (!evaluate) {
                stage.accept("[" + name + "] trained; not evaluated (modellab:eval evaluates)");
                run.done();
                return new Evaluated(runId, null);
            }
            BinaryPredictions predictions = new BinaryPredictions(s.positiveLabel(), negative, actual,
                    scored.positiveProbability(), s.threshold());
            EvalRequest request = new EvalRequest(s.project(), runId, name, role, x.data().ref(), code, s.seed(),
                    x.features().rows(x.split().test()), predictions, s.keySliceColumn(),
                    baseline == null ? null : baseline.check(), baseline == null ? null : baseline.metrics(), s.repro().apply(x.data().ref()));
            if (scored.predictor() != null) {
                request = request.withModel(scored.predictor(), retraining(x, pipeline));
            }
            EvalOptions options = s.evalOptions().withProgress((what, done, total) -> {
                if (done == total) {
                    stage.accept("[" + name + "] " + what + (total > 1 ? " done: " + total : " done"));
                }
            });
            Path evalDir = new EvalHarness(options).evaluateAndWrite(s.artifactsRoot(), request);
            stage.accept(String.format(Locale.ROOT, "[%s] ROC-AUC %.3f, accuracy %.3f -> %s", name,
                    predictions.metric(BinaryPredictions.ROC_AUC, predictions.allRows()),
                    predictions.metric(BinaryPredictions.ACCURACY, predictions.allRows()), evalDir));
            // DONE is the run's last write (it lists the run folder's files); the model card reads it.
            run.done();
            ModelCards.write(s.artifactsRoot(), s.project(), runId,
                    new ModelCards.Training(x.features(), x.labels(), x.split().train(), s.target(), pipeline.describe()));
            return new Evaluated(runId, evalDir);
        } catch (RuntimeException | Error e) {
            // An Error (out of memory in training) fails the run too, rather than leaving it RUNNING.
            run.failed(e);
            throw e;
        }
    }

    /**
     * Writes the run's predictions.sample.csv and, for a Tribuo model (a template's, or any {@link TribuoPredictor}),
     * saves it with its signature under the run's {@code model/} folder; only after the leakage rules passed.
     */
    private void saveModel(Shared x, String runId, String name, EvalPipeline.Scored scored, String[] testLabels,
                           String negative, java.util.function.Consumer<String> say) {
        Path runDir = x.store().runDir(settings.project(), runId);
        Table testRows = x.features().rows(x.split().test());
        if (scored.predictor() instanceof TribuoPredictor model) {
            Path saved = SavedModel.save(runDir, name, settings.target(), model);
            say.accept(String.format(Locale.ROOT, "[%s] model saved -> %s", name, saved));
            PredictionsSample.write(runDir, testRows, testLabels, model.predict(testRows));
        } else {
            double[][] probabilities = new double[testLabels.length][];
            List<String> labels = java.util.stream.Stream.of(negative, settings.positiveLabel()).sorted().toList();
            int positive = labels.indexOf(settings.positiveLabel());
            for (int i = 0; i < probabilities.length; i++) {
                probabilities[i] = new double[2];
                probabilities[i][positive] = scored.positiveProbability()[i];
                probabilities[i][1 - positive] = 1 - scored.positiveProbability()[i];
            }
            PredictionsSample.write(runDir, testRows, testLabels,
                    new io.modellab.evalharness.core.data.ClassProbabilities(labels, probabilities));
        }
    }

    /**
     * The distribution shift's training: the pipeline fitted again, the same way, on a subset of the train rows (the
     * test rows stay the test rows), so the leakage rules' guarantees hold for it too.
     */
    private Retraining<Predictor> retraining(Shared x, EvalPipeline pipeline) {
        Settings s = settings;
        int[] train = x.split().train();
        List<String> labels = Arrays.stream(train).mapToObj(i -> x.labels()[i]).toList();
        return new Retraining<>(new LabelledRows(x.features().rows(train), labels), rows -> {
            int[] subset = rows.features().rowIds().stream().mapToInt(x.features()::rowPosition).toArray();
            EvalPipeline.Scored refit = pipeline.fitAndScore(new EvalPipeline.Input(x.features(), x.labels(), subset,
                    x.split().test(), s.positiveLabel(), s.seed()));
            if (refit.predictor() == null) {
                throw new IllegalStateException(pipeline.name() + " returned a model once and then none");
            }
            return refit.predictor();
        });
    }

    private static RunRecord withConfig(RunRecord r, Map<String, Object> extra) {
        Map<String, Object> config = new LinkedHashMap<>(r.config());
        config.putAll(extra);
        return r.withConfig(config);
    }

    /** A listener that writes every finished training stage to the run's log and passes every report on. */
    private static ProgressListener logged(RunHandle run, ProgressListener next) {
        return (what, done, total) -> {
            if (done == total) {
                run.log(what);
            }
            next.progress(what, done, total);
        };
    }

    private void stage(String line) {
        progress.progress(line, 1, 1);
    }

    private void whenDone(String stage, long done, long total) {
        if (done == total) {
            stage("[compare] " + stage + " done");
        }
    }
}
