package io.modellab.tracker;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.rules.BaselineFirst;
import io.modellab.evalharness.core.rules.LeakageChecker;
import io.modellab.evalharness.core.rules.LeakageException;
import io.modellab.evalharness.core.rules.PipelineRecord;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rules that fail hard, applied to runs in a {@link RunStore}: leakage before evaluation, and the baseline-first
 * check of an improved run.
 */
public final class RunRules {

    private RunRules() {
    }

    /**
     * What an improved run may claim against its baseline.
     *
     * @param check the baseline-first verdict
     * @param metrics the baseline's metrics from its eval folder when the check is OK, else {@code null}
     */
    public record ResolvedBaseline(BaselineCheck check, BaselineMetrics metrics) {
    }

    /**
     * Runs the leakage rules and writes leakage.json beside the run's run.json, passed or not.
     *
     * @throws LeakageException when a rule fails; the report is already on disk then
     */
    public static LeakageReport checkLeakage(RunStore store, String project, PipelineRecord pipeline,
                                             LeakageChecker checker) {
        LeakageReport report = checker.check(pipeline);
        store.saveLeakage(project, report);
        if (!report.passed()) {
            throw new LeakageException(report);
        }
        return report;
    }

    /** Finds the baseline an improved run names, checks the baseline-first rule, and reads its metrics. */
    public static ResolvedBaseline resolveBaseline(RunStore store, RunRecord improved) {
        RunRecord baseline = improved.baselineRunId() == null ? null
                : store.find(improved.project(), improved.baselineRunId()).orElse(null);
        BaselineCheck check = BaselineFirst.verify(improved, baseline);
        if (!check.ok()) {
            return new ResolvedBaseline(check, null);
        }
        Path metrics = EvalFolderWriter.evalDir(store.root(), improved.project(), baseline.runId())
                .resolve(EvalFiles.STANDARD.metrics());
        if (!Files.exists(metrics)) {
            return new ResolvedBaseline(new BaselineCheck(BaselineCheck.Status.MISSING, baseline.runId(), "run "
                    + improved.runId() + " names baseline " + baseline.runId() + ", which is DONE but has no "
                    + EvalFiles.STANDARD.metrics() + " to compare with"), null);
        }
        MetricsReport report = ArtifactReader.read(metrics, MetricsReport.class);
        return new ResolvedBaseline(check, new BaselineMetrics(baseline.runId(), baseline.model(), report.metrics()));
    }
}
