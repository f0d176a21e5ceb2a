package io.modellab.demo;

import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.templates.retrieval.RankingExperiment;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.GitCodeVersion;
import io.modellab.evalharness.core.ReproSteps;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The ranking demo: The Jargon File 4.4.7 (bundled, {@value #DATASET}) as a known-item search task, every headword a
 * query against the entries' bodies (relevance 2 for the entry it heads, 1 for entries that cross-reference it),
 * answered by Apache Lucene BM25 over the bodies (the baseline) and over title and body with the title boosted (the
 * improvement), both evaluated, stressed, timed and compared, baseline first.
 *
 * <pre>
 * usage: JargonDemo [--seed N] [--artifacts DIR] [--project-dir DIR]
 *   --seed         seed of the bootstrap and the stress corruptions (default 42)
 *   --artifacts    artifacts root (default artifacts, relative to the project dir)
 *   --project-dir  the repository root: where datasets/jargon/jargon.csv and git are (default .)
 * </pre>
 */
public final class JargonDemo {

    /** The project the demo's runs belong to. */
    public static final String PROJECT = "jargon-ranking-demo";
    /** What the project is for, in its project.json. */
    public static final String PROJECT_DESCRIPTION = "The Jargon File 4.4.7: headwords as queries against entry bodies,"
            + " BM25 over bodies (baseline), then over title and body (improved)";
    /** The bundled corpus, relative to the project root. */
    public static final String DATASET = "datasets/jargon/jargon.csv";
    /** The dataset's name in the project. */
    public static final String DATASET_NAME = "jargon";
    /** Candidates per query. */
    public static final int DEPTH = 100;
    /** The seed when none is given. */
    public static final long DEFAULT_SEED = DemoArgs.DEFAULT_SEED;

    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.hibernate"));

    private JargonDemo() {
    }

    /** Runs the demo; see the class comment for the arguments. */
    public static void main(String[] args) {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        DemoArgs a = DemoArgs.parseOrExit("JargonDemo", args, false);
        RankingExperiment.Result r = run(a.projectDir(), a.artifactsRoot(), a.seed(),
                GitCodeVersion.of(a.projectDir()), System.out);
        System.out.println();
        System.out.println("Wrote (ranking):");
        System.out.println("  baseline " + r.baselineRunId() + ": " + r.baselineEval().toAbsolutePath().normalize());
        System.out.println("  improved " + r.improvedRunId() + ": " + r.improvedEval().toAbsolutePath().normalize());
        System.out.println("  baseline report: " + r.baselineReport().toAbsolutePath().normalize());
        System.out.println("  improved report: " + r.improvedReport().toAbsolutePath().normalize());
        System.out.println("  latency:         " + r.improvedEval().resolveSibling("latency.json").toAbsolutePath()
                .normalize() + " (and the baseline's; wall-clock, outside the eval folders)");
        System.out.println("  comparison:      " + r.comparison().toAbsolutePath().normalize());
        System.out.println("  run history:     " + r.projectIndex().toAbsolutePath().normalize());
    }

    /**
     * Evaluates both systems.
     *
     * @param projectDir where {@value #DATASET} is
     * @param artifactsRoot where runs are written
     * @param seed the seed
     * @param code the code version the runs are recorded with
     * @param log where progress goes
     */
    public static RankingExperiment.Result run(Path projectDir, Path artifactsRoot, long seed, CodeVersion code,
                                               PrintStream log) {
        return run(projectDir, artifactsRoot, seed, code, log, EvalOptions.DEFAULTS);
    }

    /** {@link #run(Path, Path, long, CodeVersion, PrintStream)} with other evaluation options (tests use fewer resamples). */
    public static RankingExperiment.Result run(Path projectDir, Path artifactsRoot, long seed, CodeVersion code,
                                               PrintStream log, EvalOptions options) {
        Function<DatasetRef, ReproSteps> repro = data -> new ReproSteps(
                "./mvnw -B -DskipTests verify",
                "sha256sum " + DATASET + "   # bundled with the repository; expect " + data.sha256(),
                CreditGDemo.COMMAND + " -Ddemo.seed=" + seed + "   # the demo profile runs JargonDemo after CreditGDemo",
                "diff -r <new run>/eval " + ReproSteps.RUN_ID + "/eval   # byte-identical for the same commit, data"
                        + " and seed; latency.json sits outside eval/ because times differ");
        RankingExperiment.Settings settings = new RankingExperiment.Settings(PROJECT, PROJECT_DESCRIPTION, projectDir,
                Path.of(DATASET), DATASET_NAME, seed, DEPTH, artifactsRoot, options, repro);
        return new RankingExperiment(settings, code, (stage, done, total) -> log.println(stage)).run();
    }
}
