package io.modellab.assertj;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.CompareFolder;
import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.rules.DataSplit;
import io.modellab.evalharness.core.rules.LeakageChecker;
import io.modellab.evalharness.core.rules.LeakageException;
import io.modellab.evalharness.core.rules.PipelineRecord;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.tracker.EvalHarness;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.EvalRequest;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.RunHandle;
import io.modellab.tracker.RunRules;
import io.modellab.tracker.RunStore;
import io.modellab.tracker.compare.Comparisons;
import io.modellab.tracker.compare.RunComparison;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A project on disk that the tracker wrote the way the demo writes one (run.json, leakage.json, eval folders,
 * comparisons), so that the assertions are tested on real artifacts. 800 synthetic rows, 400 train and 400 test; the
 * test rows' regions make two slices of 180 rows and two small ones of 20. Written once per test JVM under
 * {@code target/synthetic-project}, where a failing test's artifacts can be read.
 *
 * <ul>
 *   <li>{@link #BASELINE}: a weak baseline;</li>
 *   <li>{@link #IMPROVED}: a strong model, weak in the south, on the baseline's data and split (baseline check OK);</li>
 *   <li>{@link #TWEAKED}: the same model with three missed positives fixed: better, but not significantly;</li>
 *   <li>{@link #LEAKY}: the strong model trained with ten test rows in train: its leakage rules fail, the run FAILED,
 *   its split differs from the baseline's (baseline check OTHER_SPLIT), and it was evaluated anyway;</li>
 *   <li>{@link #OTHER_DATA}: a strong baseline on another dataset version, without leakage.json.</li>
 * </ul>
 */
final class SyntheticProject {

    static final String PROJECT = "proj";
    static final String BASELINE = "run-20261123-120000-0000000a";
    static final String IMPROVED = "run-20261123-120100-0000000b";
    static final String TWEAKED = "run-20261123-120200-0000000c";
    static final String LEAKY = "run-20261123-120300-0000000d";
    static final String OTHER_DATA = "run-20261123-120400-0000000e";

    private static final int ROWS = 800;
    private static final DatasetRef DATA = new DatasetRef("synthetic", "v1", "1".repeat(64), "data/synthetic.csv", (long) ROWS);
    private static final DatasetRef OTHER_VERSION = new DatasetRef("synthetic", "v2", "2".repeat(64),
            "data/synthetic.csv", (long) ROWS);
    private static final CodeVersion CODE = new CodeVersion("c".repeat(40), false);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    private static SyntheticProject shared;

    final Path root;
    private final Table rows;
    private final boolean[] positive;
    private final List<String> trainIds;
    private final List<String> testIds;
    private final Map<String, EvalFolder> evals = new HashMap<>();
    private final Map<String, LeakageReport> leakage = new HashMap<>();

    private SyntheticProject(Path root) {
        this.root = root;
        List<String[]> cells = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        positive = new boolean[ROWS];
        for (int i = 0; i < ROWS; i++) {
            positive[i] = new SplittableRandom(i).nextDouble() < 0.3;
            cells.add(new String[] {region(i), Long.toString(new SplittableRandom(1000 + i).nextLong(1L << 40)),
                    positive[i] ? "yes" : "no"});
            ids.add("r" + i);
        }
        rows = Table.ofRows(List.of("region", "income", "label"), cells, ids);
        trainIds = ids.subList(0, ROWS / 2);
        testIds = ids.subList(ROWS / 2, ROWS);
    }

    /** The project, written on first use. */
    static synchronized SyntheticProject shared() {
        if (shared == null) {
            SyntheticProject project = new SyntheticProject(Path.of("target", "synthetic-project").toAbsolutePath());
            project.write();
            shared = project;
        }
        return shared;
    }

    Path runDir(String runId) {
        return EvalFolderWriter.runDir(root, PROJECT, runId);
    }

    Path evalDir(String runId) {
        return EvalFolderWriter.evalDir(root, PROJECT, runId);
    }

    Path compareDir(String referenceRunId, String candidateRunId) {
        return CompareFolder.dir(root, PROJECT, referenceRunId, candidateRunId);
    }

    /** The eval result as the harness computed it, equal to what its folder holds. */
    EvalFolder eval(String runId) {
        return evals.get(runId);
    }

    RunRecord run(String runId) {
        return new RunStore(root).load(PROJECT, runId);
    }

    LeakageReport leakage(String runId) {
        return leakage.get(runId);
    }

    /** The comparison of {@code candidateRunId} with {@code referenceRunId}, as compare mode makes it. */
    Comparison compare(String referenceRunId, String candidateRunId) {
        return RunComparison.DEFAULTS.compare(root, PROJECT, referenceRunId, candidateRunId);
    }

    private void write() {
        deleteRecursively(root);
        DataSplit split = DataSplit.trainTest(trainIds, testIds);
        record(BASELINE, "weak", ModelRole.BASELINE, DATA, split, null, scores(0.05, 0.05, 1), true);
        record(IMPROVED, "strong", ModelRole.IMPROVED, DATA, split, BASELINE, scores(0.5, 0.1, 2), true);
        record(TWEAKED, "strong_tweaked", ModelRole.IMPROVED, DATA, split, BASELINE, fixThreeMisses(scores(0.5, 0.1, 2)),
                true);
        List<String> leakyTrain = new ArrayList<>(trainIds);
        leakyTrain.addAll(testIds.subList(0, 10));
        record(LEAKY, "strong_leaky", ModelRole.IMPROVED, DATA, DataSplit.trainTest(leakyTrain, testIds), BASELINE,
                scores(0.5, 0.1, 2), true);
        record(OTHER_DATA, "strong_v2", ModelRole.BASELINE, OTHER_VERSION, split, null, scores(0.5, 0.5, 3), false);
        Comparisons.write(root, PROJECT, BASELINE, IMPROVED, RunComparison.DEFAULTS);
    }

    /** One run as the demo makes it: run.json, leakage rules, baseline-first check, eval folder, DONE or FAILED. */
    private void record(String runId, String model, ModelRole role, DatasetRef data, DataSplit split,
                        String baselineRunId, double[] scores, boolean checkLeakage) {
        RunStore store = new RunStore(root);
        RunHandle run = RunHandle.start(store, new RunRecord(SchemaVersion.CURRENT, runId, PROJECT, model, role,
                RunStatus.RUNNING, null, 42L, CODE, data, new SplitRef("first half train, second half test",
                        split.digest()), baselineRunId, null, Map.of("model", model),
                new RunTimings(CLOCK.instant().toString(), null, null), RunEnvironment.current("test")), CLOCK);
        Throwable leaked = null;
        if (checkLeakage) {
            try {
                leakage.put(runId, RunRules.checkLeakage(store, PROJECT,
                        new PipelineRecord(runId, rows, "label", split, List.of()), LeakageChecker.standard()));
            } catch (LeakageException e) {
                leakage.put(runId, e.report());
                leaked = e;
            }
        }
        RunRules.ResolvedBaseline baseline = role == ModelRole.IMPROVED ? RunRules.resolveBaseline(store, run.record())
                : null;
        if (baseline != null) {
            run.update(r -> r.withBaselineCheck(baseline.check()));
        }
        int[] test = IntStream.range(ROWS / 2, ROWS).toArray();
        boolean[] actual = new boolean[test.length];
        for (int i = 0; i < test.length; i++) {
            actual[i] = positive[test[i]];
        }
        EvalRequest request = new EvalRequest(PROJECT, runId, model, role, data, CODE, 42,
                rows.withoutColumns("label").rows(test), new BinaryPredictions("yes", "no", actual, scores, 0.5),
                "region", baseline == null ? null : baseline.check(), baseline == null ? null : baseline.metrics(),
                new ReproSteps("install", "dataset", "run", "eval"));
        EvalHarness harness = new EvalHarness(EvalOptions.DEFAULTS);
        EvalFolder folder = harness.evaluate(request);
        EvalFolderWriter.write(root, PROJECT, runId, folder);
        evals.put(runId, folder);
        if (leaked == null) {
            run.done();
        } else {
            run.failed(leaked);
        }
    }

    /** Scores of the test rows: {@code signal} separates the classes, {@code southSignal} in the south. */
    private double[] scores(double signal, double southSignal, long seed) {
        SplittableRandom noise = new SplittableRandom(seed);
        double[] scores = new double[ROWS / 2];
        for (int i = 0; i < scores.length; i++) {
            int row = ROWS / 2 + i;
            double s = region(row).equals("south") ? southSignal : signal;
            scores[i] = Math.min(1, Math.max(0, 0.4 + (positive[row] ? s : -s) * noise.nextDouble()
                    + 0.2 * (noise.nextDouble() - 0.5)));
        }
        return scores;
    }

    /** The same scores with the three positive rows missed by the widest margin raised above the threshold. */
    private double[] fixThreeMisses(double[] scores) {
        double[] fixed = scores.clone();
        IntStream.range(0, scores.length).filter(i -> positive[ROWS / 2 + i] && scores[i] < 0.5).boxed()
                .sorted(Comparator.comparingDouble(i -> scores[i])).limit(3).forEach(i -> fixed[i] = 0.9);
        return fixed;
    }

    /** North and south 9 rows in 20 each, east and west 1 each. */
    private static String region(int row) {
        int r = row % 20;
        return r < 9 ? "north" : r < 18 ? "south" : r == 18 ? "east" : "west";
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
