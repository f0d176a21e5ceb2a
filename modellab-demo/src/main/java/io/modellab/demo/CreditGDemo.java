package io.modellab.demo;

import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.templates.BinaryExperiment;
import io.modellab.templates.ClassifierTemplate;
import io.modellab.templates.TemplatePipeline;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.GitCodeVersion;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.Reproduction;
import io.modellab.tracker.RunStore;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.SplitSpec;
import io.modellab.tracker.repro.ReproPacks;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ingests credit-g as a dataset version of the demo's project, then trains and evaluates a baseline and an improved
 * model on the version's split, baseline first, compares them, and writes the pages.
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
    public static final long DEFAULT_SEED = DemoArgs.DEFAULT_SEED;
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
     * @param compareReport the page comparing the improved run with the baseline
     * @param datasetVersion the dataset version both runs used
     * @param datasetExplorer the dataset version's explorer page
     */
    public record Result(String baselineRunId, Path baselineEval, String improvedRunId, Path improvedEval,
                         Path baselineReport, Path improvedReport, Path projectIndex, Path compareReport,
                         String datasetVersion, Path datasetExplorer) {
    }

    /** Tribuo and Hibernate Validator log routine INFO lines through java.util.logging; the demo prints its own. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.tribuo"), Logger.getLogger("org.hibernate"));

    private CreditGDemo() {
    }

    /** Runs the demo; see the class comment for the arguments. */
    public static void main(String[] args) {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        DemoArgs a = DemoArgs.parseOrExit("CreditGDemo", args, true);
        long seed = a.seed();
        Path projectDir = a.projectDir();
        Path root = a.artifactsRoot();
        String reproduce = a.reproduce();
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
        printPath("baseline report", result.baselineReport());
        printPath("improved report", result.improvedReport());
        printPath("baseline card", result.baselineReport().resolveSibling(RunFolder.MODEL_CARD_PAGE));
        printPath("improved card", result.improvedReport().resolveSibling(RunFolder.MODEL_CARD_PAGE));
        printPath("comparison", result.compareReport());
        printPath("run history", result.projectIndex());
        printPath("dataset explorer", result.datasetExplorer());
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
        Function<DatasetRef, ReproSteps> repro = data -> new ReproSteps(
                "./mvnw -B -DskipTests install",
                "sha256sum " + DATASET + "   # bundled with the repository; expect " + data.sha256(),
                COMMAND + " -Ddemo.seed=" + seed,
                COMMAND + " -Ddemo.reproduce=" + ReproSteps.RUN_ID
                        + "   # trains and evaluates again with this run's seed and checks the new eval folders byte for byte");
        BinaryExperiment.Settings settings = new BinaryExperiment.Settings(PROJECT, PROJECT_DESCRIPTION, projectDir,
                Path.of(DATASET), DATASET_NAME, INGEST, POSITIVE, KEY_SLICE_COLUMN, THRESHOLD, seed, PROXY_AUC,
                artifactsRoot, EvalOptions.DEFAULTS, repro);
        BinaryExperiment.Result r = new BinaryExperiment(settings, code, (stage, done, total) -> log.println(stage))
                .run(new TemplatePipeline(ClassifierTemplate.MOST_FREQUENT),
                        new TemplatePipeline(ClassifierTemplate.LOGISTIC_REGRESSION));
        return new Result(r.baselineRunId(), r.baselineEval(), r.candidateRunId(), r.candidateEval(), r.baselineReport(),
                r.candidateReport(), r.projectIndex(), r.compareReport(), r.datasetVersion().version(),
                r.datasetExplorer());
    }

    private static void printPath(String label, Path path) {
        System.out.printf(Locale.ROOT, "  %-17s %s%n", label + ":", path.toAbsolutePath().normalize());
    }
}
