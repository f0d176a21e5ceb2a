package io.modellab.demo;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.templates.RegressionExperiment;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.GitCodeVersion;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.SplitSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The regression demo: the bundled cpu data ({@value #DATASET}, 209 computers, target {@value #TARGET}, relative CPU
 * performance) ingested as a dataset version split 70/30 stratified on the target's quintiles (the target is heavily
 * skewed), then template B baseline first: the mean predictor (baseline), least squares and XGBoost (improvements),
 * each a tracked run evaluated by the regression evaluator with stress tests, and the best improvement compared with
 * the baseline.
 *
 * <pre>
 * usage: CpuDemo [--seed N] [--artifacts DIR] [--project-dir DIR]
 *   --seed         seed of the training, the bootstrap and the stress tests (default 42; the split's is fixed)
 *   --artifacts    artifacts root (default artifacts, relative to the project dir)
 *   --project-dir  the repository root: where datasets/cpu.csv and git are (default .)
 * </pre>
 */
public final class CpuDemo {

    /** The project the demo's runs belong to. */
    public static final String PROJECT = "cpu-regression-demo";
    /** What the project is for, in its project.json. */
    public static final String PROJECT_DESCRIPTION = "Relative CPU performance from machine specifications (cpu):"
            + " mean baseline, least squares and XGBoost";
    /** The bundled dataset, relative to the project root. */
    public static final String DATASET = "datasets/cpu.csv";
    /** The dataset's name in the project. */
    public static final String DATASET_NAME = "cpu";
    /** The predicted column. */
    public static final String TARGET = "performance";
    /** The share of rows in test. */
    public static final double TEST_FRACTION = 0.3;
    /** The seed when none is given. */
    public static final long DEFAULT_SEED = DemoArgs.DEFAULT_SEED;
    /** The split's seed: fixed, so that runs of every seed score the same test rows of the one dataset version. */
    public static final long SPLIT_SEED = 42;

    /**
     * The evaluation: {@link EvalOptions#DEFAULTS} but slices of at least 10 rows may be singled out as the weakest.
     * The 63 test rows put about 13 rows in each target quintile or key-feature bucket, so the default 30 would single
     * out none; a 10-row slice's wide interval keeps it from being named worst on a few unlucky rows.
     */
    public static final EvalOptions OPTIONS = new EvalOptions(1000, 0.95, 10, 5, 5, ProgressListener.NONE);

    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.hibernate"),
            Logger.getLogger("org.tribuo"));

    private CpuDemo() {
    }

    /** Runs the demo; see the class comment for the arguments. */
    public static void main(String[] args) {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        DemoArgs a = DemoArgs.parseOrExit("CpuDemo", args, false);
        RegressionExperiment.Result r = run(a.projectDir(), a.artifactsRoot(), a.seed(),
                GitCodeVersion.of(a.projectDir()), System.out);
        System.out.println();
        System.out.println("Wrote (regression):");
        for (RegressionExperiment.Run run : r.runs()) {
            System.out.println(String.format(Locale.ROOT, "  %s %s %s (R² %.3f, RMSE %.3f): %s",
                    run.role().name().toLowerCase(Locale.ROOT), run.model(), run.runId(), run.r2(), run.rmse(),
                    run.evalDir().toAbsolutePath().normalize()));
        }
        for (RegressionExperiment.Run run : r.runs()) {
            System.out.println("  report " + run.model() + ": " + run.report().toAbsolutePath().normalize());
        }
        System.out.println("  comparison:       " + r.compareReport().toAbsolutePath().normalize());
        System.out.println("  run history:      " + r.projectIndex().toAbsolutePath().normalize());
        System.out.println("  dataset explorer: " + r.datasetExplorer().toAbsolutePath().normalize());
    }

    /**
     * Runs the three templates.
     *
     * @param projectDir where {@value #DATASET} is
     * @param artifactsRoot where runs are written
     * @param seed the seed
     * @param code the code version the runs are recorded with
     * @param log where progress goes
     */
    public static RegressionExperiment.Result run(Path projectDir, Path artifactsRoot, long seed, CodeVersion code,
                                                  PrintStream log) {
        return run(projectDir, artifactsRoot, seed, code, log, OPTIONS);
    }

    /** {@link #run(Path, Path, long, CodeVersion, PrintStream)} with other evaluation options. */
    public static RegressionExperiment.Result run(Path projectDir, Path artifactsRoot, long seed, CodeVersion code,
                                                  PrintStream log, EvalOptions options) {
        Function<DatasetRef, ReproSteps> repro = data -> new ReproSteps(
                "./mvnw -B -DskipTests verify",
                "sha256sum " + DATASET + "   # bundled with the repository; expect " + data.sha256(),
                CreditGDemo.COMMAND + " -Ddemo.seed=" + seed + "   # the demo profile runs CpuDemo after JargonDemo",
                "diff -r <new run>/eval " + ReproSteps.RUN_ID + "/eval   # byte-identical for the same commit, data"
                        + " and seed, run ids aside");
        IngestOptions ingest = IngestOptions.defaults().withTarget(TARGET)
                .withSplit(SplitSpec.quantileStratified(TARGET, TEST_FRACTION, SPLIT_SEED)).withIngestedBy("CpuDemo");
        RegressionExperiment.Settings settings = new RegressionExperiment.Settings(PROJECT, PROJECT_DESCRIPTION,
                projectDir, Path.of(DATASET), DATASET_NAME, ingest, null, seed, artifactsRoot, options, repro);
        return new RegressionExperiment(settings, code, (stage, done, total) -> log.println(stage)).run();
    }
}
