package io.modellab.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.rules.DataSplit;
import io.modellab.evalharness.core.rules.FitRecord;
import io.modellab.evalharness.core.rules.LeakageChecker;
import io.modellab.evalharness.core.rules.LeakageException;
import io.modellab.evalharness.core.rules.PipelineRecord;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRulesTest {

    @TempDir
    Path root;

    static PipelineRecord pipeline(List<String> scalerSaw) {
        Table rows = Table.ofRows(List.of("x", "y"), List.of(new String[] {"1", "a"}, new String[] {"2", "b"},
                new String[] {"3", "a"}, new String[] {"4", "b"}), List.of("1", "2", "3", "4"));
        return new PipelineRecord(EvalHarnessTest.RUN, rows, "y", DataSplit.trainTest(List.of("1", "2", "3"), List.of("4")),
                List.of(new FitRecord("scale x", FitRecord.SCALER, scalerSaw, Map.of())));
    }

    @Test
    void leakageJsonIsWrittenBesideRunJsonWhetherTheRulesPassOrFail() {
        RunStore store = new RunStore(root);
        store.save(RunStoreTest.running("proj"));
        Path file = store.runDir("proj", EvalHarnessTest.RUN).resolve(RunStore.LEAKAGE);

        RunRules.checkLeakage(store, "proj", pipeline(List.of("1", "2", "3")), LeakageChecker.standard());
        assertThat(ArtifactReader.read(file, LeakageReport.class).passed()).isTrue();

        assertThatThrownBy(() -> RunRules.checkLeakage(store, "proj", pipeline(List.of("1", "2", "3", "4")),
                LeakageChecker.standard()))
                .isInstanceOf(LeakageException.class)
                .hasMessage("leakage in run " + EvalHarnessTest.RUN + ":\n  rule fit_on_train_only failed:"
                        + " step 'scale x' (scaler) was fitted on 1 row outside train [4]");
        assertThat(ArtifactReader.read(file, LeakageReport.class).passed()).isFalse();
    }

    @Test
    void anImprovedRunWhoseBaselineIsNotInTheStoreIsMarkedMissing() {
        RunStore store = new RunStore(root);
        RunRecord base = RunStoreTest.running("proj");
        RunRecord improved = new RunRecord(base.schemaVersion(), "run-20261123-120100-00000002", "proj", "lr",
                ModelRole.IMPROVED, RunStatus.RUNNING, null, 7L, base.codeVersion(), base.dataset(), base.split(),
                base.runId(), null, base.config(), base.timings(), base.environment());

        RunRules.ResolvedBaseline missing = RunRules.resolveBaseline(store, improved);
        store.save(base);
        RunRules.ResolvedBaseline running = RunRules.resolveBaseline(store, improved);
        store.save(base.finish(RunStatus.DONE, null, new RunTimings("2026-11-23T12:00:00Z", "2026-11-23T12:00:01Z", 1000L)));
        RunRules.ResolvedBaseline noEval = RunRules.resolveBaseline(store, improved);

        assertThat(missing.check().status()).isEqualTo(BaselineCheck.Status.MISSING);
        assertThat(running.check().status()).isEqualTo(BaselineCheck.Status.NOT_DONE);
        assertThat(noEval.check().status()).isEqualTo(BaselineCheck.Status.MISSING);
        assertThat(noEval.check().message()).endsWith("which is DONE but has no metrics.json to compare with");
        assertThat(noEval.metrics()).isNull();
    }

    @Test
    void aDoneBaselineWithAnEvalFolderGivesItsMetricsToTheImprovedRun() {
        RunStore store = new RunStore(root);
        EvalRequest baselineRequest = EvalHarnessTest.request(ModelRole.BASELINE, null);
        new EvalHarness(EvalOptions.DEFAULTS).evaluateAndWrite(root, baselineRequest);
        RunRecord base = RunStoreTest.running("proj");
        store.save(base.finish(RunStatus.DONE, null, new RunTimings("2026-11-23T12:00:00Z", "2026-11-23T12:00:01Z", 1000L)));
        RunRecord improved = new RunRecord(base.schemaVersion(), "run-20261123-120100-00000002", "proj", "lr",
                ModelRole.IMPROVED, RunStatus.RUNNING, null, 7L, base.codeVersion(), base.dataset(), base.split(),
                base.runId(), null, base.config(), base.timings(), base.environment());

        RunRules.ResolvedBaseline resolved = RunRules.resolveBaseline(store, improved);

        assertThat(resolved.check().status()).isEqualTo(BaselineCheck.Status.OK);
        assertThat(resolved.check().baselineRunId()).isEqualTo(base.runId());
        assertThat(resolved.metrics().runId()).isEqualTo(base.runId());
        assertThat(resolved.metrics().metrics()).extracting(m -> m.name()).contains("accuracy", "roc_auc", "average_precision", "log_loss");
    }
}
