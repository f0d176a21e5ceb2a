package io.modellab.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.CompareFolder;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.metrics.RegressionRows;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.RegressionEvaluator;
import io.modellab.tracker.RegressionRequest;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compare mode on two regression runs: paired by row id, errors lower is better. */
class RegressionComparisonTest {

    static final String REF = RunComparisonTest.REF;
    static final String CAND = RunComparisonTest.CAND;

    @TempDir
    Path root;

    /** Stores a regression run on 300 rows whose predictions miss the target by noise of standard deviation {@code sd}. */
    void store(String runId, String model, ModelRole role, double sd) {
        int n = 300;
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        double[] actual = new double[n];
        double[] predicted = new double[n];
        SplittableRandom noise = new SplittableRandom(model.hashCode());
        for (int i = 0; i < n; i++) {
            // A row's target depends on its id alone, as in one dataset.
            actual[i] = 100 * new SplittableRandom(i).nextDouble();
            predicted[i] = actual[i] + sd * noise.nextGaussian();
            rows.add(new String[] {i % 2 == 0 ? "north" : "south"});
            ids.add(Integer.toString(i));
        }
        CodeVersion code = new CodeVersion("a".repeat(40), false);
        new RunStore(root).save(new RunRecord(SchemaVersion.CURRENT, runId, "proj", model, role, RunStatus.DONE, null,
                42L, code, RunComparisonTest.DATA, RunComparisonTest.SPLIT, role == ModelRole.BASELINE ? null : REF,
                null, Map.of("template", model), new RunTimings("2026-11-23T12:00:00Z", "2026-11-23T12:00:01Z", 1000L),
                RunEnvironment.current("test")));
        RegressionRequest request = new RegressionRequest("proj", runId, model, role, RunComparisonTest.DATA, code, 42,
                "y", Table.ofRows(List.of("region"), rows, ids), new RegressionRows(actual, predicted), "region",
                role == ModelRole.BASELINE ? null : new BaselineCheck(BaselineCheck.Status.MISSING, null, "not checked"),
                null, new ReproSteps("i", "d", "r", "e"));
        new RegressionEvaluator(EvalOptions.DEFAULTS).evaluateAndWrite(root, request);
    }

    @Test
    void aSmallerErrorIsBetterWithPairedIntervalsOverTheRows() {
        store(REF, "rough", ModelRole.BASELINE, 20);
        store(CAND, "close", ModelRole.IMPROVED, 5);

        Comparison c = RunComparison.DEFAULTS.compare(root, "proj", REF, CAND);

        assertThat(c.significance().claimed()).isTrue();
        assertThat(c.significance().pairedRows()).isEqualTo(300);
        Comparison.Delta rmse = c.metricDeltas().stream().filter(d -> d.name().equals("rmse")).findFirst().orElseThrow();
        assertThat(rmse.delta()).isNegative();
        assertThat(rmse.ciUpper()).isNegative();
        assertThat(rmse.verdict()).isEqualTo("better");
        Comparison.Delta r2 = c.metricDeltas().stream().filter(d -> d.name().equals("r2")).findFirst().orElseThrow();
        assertThat(r2.ciLower()).isPositive();
        assertThat(r2.verdict()).isEqualTo("better");
        assertThat(c.metricDeltas()).extracting(Comparison.Delta::verdict).doesNotContain("not_tested", "worse");
        // About half the rows miss by more than the reference's median absolute error; the closer model fixes most.
        assertThat(c.failures().fixed() + c.failures().stillWrong()).isBetween(148, 152);
        assertThat(c.failures().fixed()).isGreaterThan(100);
        assertThat(c.failures().fixedIds()).hasSize(20);
        assertThat(c.sliceDeltas()).extracting(Comparison.SliceDelta::metric).contains("rmse", "mae", "r2");
    }

    @Test
    void writingGivesTheComparisonAndItsPageWithoutARocOverlay() throws Exception {
        store(REF, "rough", ModelRole.BASELINE, 20);
        store(CAND, "close", ModelRole.IMPROVED, 5);

        Path folder = Comparisons.write(root, "proj", REF, CAND, RunComparison.DEFAULTS);

        assertThat(ArtifactReader.read(folder.resolve(CompareFolder.COMPARISON), Comparison.class).metricDeltas()).isNotEmpty();
        assertThat(folder.resolve(CompareFolder.REPORT)).isNotEmptyFile();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("roc"));
        }
    }

    @Test
    void aRegressionIsNotComparedWithAClassification() {
        store(REF, "rough", ModelRole.BASELINE, 20);
        RunComparisonTest binary = new RunComparisonTest();
        binary.root = root;
        binary.store(CAND, "strong", ModelRole.IMPROVED, 0.5, RunComparisonTest.DATA, RunComparisonTest.SPLIT, Map.of(), 0);

        assertThatThrownBy(() -> RunComparison.DEFAULTS.compare(root, "proj", REF, CAND))
                .hasMessageContaining("is a regression evaluation and run " + CAND + " a binary_classification one");
    }
}
