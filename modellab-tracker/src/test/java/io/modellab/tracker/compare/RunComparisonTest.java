package io.modellab.tracker.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.CompareFolder;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.DatasetRef;
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
import io.modellab.tracker.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunComparisonTest {

    static final String REF = "run-20261123-120000-0000000a";
    static final String CAND = "run-20261123-120100-0000000b";
    static final DatasetRef DATA = new DatasetRef("synthetic", "v1", "0".repeat(64), "data/s.csv", 400L);
    static final SplitRef SPLIT = new SplitRef("random, seed 1", "1".repeat(64));

    @TempDir
    Path root;

    /**
     * Stores a run on 400 synthetic rows whose scores separate the classes by {@code signal}; row ids start at
     * {@code firstId}, so that two runs can share only some rows.
     */
    void store(String runId, String model, ModelRole role, double signal, DatasetRef data, SplitRef split,
               Map<String, Object> config, int firstId) {
        int n = 400;
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        boolean[] actual = new boolean[n];
        double[] score = new double[n];
        SplittableRandom noise = new SplittableRandom(model.hashCode());
        for (int i = 0; i < n; i++) {
            // A row's label depends on its id alone, as in one dataset.
            actual[i] = new SplittableRandom(firstId + i).nextDouble() < 0.3;
            score[i] = Math.min(1, Math.max(0, 0.4 + (actual[i] ? signal : -signal) * noise.nextDouble()
                    + 0.2 * (noise.nextDouble() - 0.5)));
            rows.add(new String[] {i % 2 == 0 ? "north" : "south"});
            ids.add(Integer.toString(firstId + i));
        }
        CodeVersion code = new CodeVersion("a".repeat(40), false);
        new RunStore(root).save(new RunRecord(SchemaVersion.CURRENT, runId, "proj", model, role, RunStatus.DONE, null,
                42L, code, data, split, role == ModelRole.BASELINE ? null : REF, null, config,
                new RunTimings("2026-11-23T12:00:00Z", "2026-11-23T12:00:01Z", 1000L), RunEnvironment.current("test")));
        EvalRequest request = new EvalRequest("proj", runId, model, role, data, code, 42,
                Table.ofRows(List.of("region"), rows, ids), new BinaryPredictions("yes", "no", actual, score, 0.5),
                "region", role == ModelRole.BASELINE ? null : new BaselineCheck(BaselineCheck.Status.MISSING, null, "not checked in this test"),
                null, new ReproSteps("i", "d", "r", "e"));
        new EvalHarness(EvalOptions.DEFAULTS).evaluateAndWrite(root, request);
    }

    void storeBoth() {
        store(REF, "weak", ModelRole.BASELINE, 0.05, DATA, SPLIT, Map.of("template", "weak", "c", 1.0), 0);
        store(CAND, "strong", ModelRole.IMPROVED, 0.5, DATA, SPLIT, Map.of("template", "strong", "depth", 3), 0);
    }

    @Test
    void aClearlyBetterModelGetsDeltasWhosePairedIntervalsExcludeZero() {
        storeBoth();

        Comparison c = RunComparison.DEFAULTS.compare(root, "proj", REF, CAND);

        assertThat(c.significance().claimed()).isTrue();
        assertThat(c.significance().pairedRows()).isEqualTo(400);
        Comparison.Delta auc = delta(c, BinaryPredictions.ROC_AUC);
        assertThat(auc.delta()).isPositive();
        assertThat(auc.ciLower()).isPositive().isLessThan(auc.delta());
        assertThat(auc.ciUpper()).isGreaterThan(auc.delta());
        assertThat(auc.verdict()).isEqualTo("better");
        assertThat(delta(c, "log_loss").verdict()).as("not resampled").isEqualTo("not_tested");
        assertThat(c.candidate().baselineRunId()).isEqualTo(REF);
        assertThat(c.answers().howConfident()).startsWith("Paired bootstrap over the 400 rows both runs scored "
                + "(1000 resamples, seed 42, 95% intervals of the differences): the interval excludes 0 for ");
    }

    @Test
    void theSameInputsGiveTheSameComparison() {
        storeBoth();

        assertThat(RunComparison.DEFAULTS.compare(root, "proj", REF, CAND))
                .isEqualTo(RunComparison.DEFAULTS.compare(root, "proj", REF, CAND));
    }

    @Test
    void failuresAddUpOnThePairedRows() {
        storeBoth();

        Comparison c = RunComparison.DEFAULTS.compare(root, "proj", REF, CAND);
        Comparison.Delta accuracy = delta(c, BinaryPredictions.ACCURACY);
        int n = c.significance().pairedRows();

        // wrong before = newly fixed + still wrong; wrong after = newly wrong + still wrong
        assertThat((double) (c.failures().fixed() + c.failures().stillWrong()) / n)
                .isCloseTo(1 - accuracy.reference(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat((double) (c.failures().newlyWrong() + c.failures().stillWrong()) / n)
                .isCloseTo(1 - accuracy.candidate(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.failures().fixedIds()).hasSize(Math.min(20, c.failures().fixed()));
    }

    @Test
    void configChangesAreAddedRemovedAndChangedKeys() {
        storeBoth();

        Comparison c = RunComparison.DEFAULTS.compare(root, "proj", REF, CAND);

        assertThat(c.configChanges()).containsExactly(
                new Comparison.Change("c", "removed", "1.0", null),
                new Comparison.Change("depth", "added", null, "3"),
                new Comparison.Change("template", "changed", "weak", "strong"));
        assertThat(c.answers().configChanged()).isEqualTo(
                "3 config keys changed: c removed (was 1.0); depth added (3); template weak to strong.");
        assertThat(c.artifactChanges()).extracting(Comparison.Change::key).contains("metrics.json", "predictions.json");
    }

    @Test
    void runsOnAnotherDatasetVersionGetNoIntervalsAndSayWhy() {
        store(REF, "weak", ModelRole.BASELINE, 0.05, DATA, SPLIT, Map.of(), 0);
        store(CAND, "strong", ModelRole.IMPROVED, 0.5,
                new DatasetRef("synthetic", "v2", "2".repeat(64), "data/s.csv", 400L), SPLIT, Map.of(), 0);

        Comparison c = RunComparison.DEFAULTS.compare(root, "proj", REF, CAND);

        assertThat(c.significance().claimed()).isFalse();
        assertThat(c.dataset().same()).isFalse();
        assertThat(c.dataset().schemaChanges()).as("no dataset.json of either version in the project").isNull();
        assertThat(c.metricDeltas()).allSatisfy(d -> assertThat(d.ciLower()).isNull());
        assertThat(c.answers().howConfident()).isEqualTo("No interval is claimed: the runs used different dataset"
                + " versions or splits, so their test rows are not one population: differences are shown without"
                + " intervals.");
    }

    @Test
    void onlyRowsBothRunsScoredArePaired() {
        store(REF, "weak", ModelRole.BASELINE, 0.05, DATA, SPLIT, Map.of(), 0);
        store(CAND, "strong", ModelRole.IMPROVED, 0.5, DATA, SPLIT, Map.of(), 100);

        assertThat(RunComparison.DEFAULTS.compare(root, "proj", REF, CAND).significance().pairedRows()).isEqualTo(300);
    }

    @Test
    void aRunIsNotComparedWithItself() {
        assertThatThrownBy(() -> RunComparison.DEFAULTS.compare(root, "proj", REF, REF))
                .hasMessage("cannot compare run " + REF + " with itself");
    }

    @Test
    void theVerdictReadsTheIntervalAndTheMetricsDirection() {
        assertThat(RunComparison.verdict("accuracy", 0.1, 0.02, 0.2)).isEqualTo("better");
        assertThat(RunComparison.verdict("accuracy", -0.1, -0.2, -0.02)).isEqualTo("worse");
        assertThat(RunComparison.verdict("accuracy", 0.05, -0.01, 0.1)).isEqualTo("no_clear_change");
        assertThat(RunComparison.verdict("log_loss", -0.1, -0.2, -0.05)).isEqualTo("better");
        assertThat(RunComparison.verdict("accuracy", 0.05, null, null)).isEqualTo("not_tested");
    }

    @Test
    void writingKeepsTheUsersNotesAndRendersThePage() throws IOException {
        storeBoth();
        Path dir = Comparisons.write(root, "proj", REF, CAND, RunComparison.DEFAULTS);
        Files.writeString(dir.resolve(CompareFolder.NOTES), "I now believe <depth> matters.\n");

        Comparisons.write(root, "proj", REF, CAND, RunComparison.DEFAULTS);

        assertThat(dir).isEqualTo(root.resolve("proj/compare/" + REF + "--" + CAND));
        assertThat(dir.resolve(CompareFolder.NOTES)).hasContent("I now believe <depth> matters.");
        assertThat(ArtifactReader.read(dir.resolve(CompareFolder.COMPARISON), Comparison.class).project()).isEqualTo("proj");
        assertThat(dir.resolve(CompareFolder.REPORT)).content().contains("I now believe &lt;depth&gt; matters.")
                .contains("<h2 id=\"answers\">The six answers</h2>");
    }

    private static Comparison.Delta delta(Comparison c, String name) {
        return c.metricDeltas().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }
}
