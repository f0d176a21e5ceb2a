package io.modellab.tracker.card;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.TestPredictions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a finished run's folder says about it, as its model card reads it: the run record, the leakage verdict and
 * the eval folder's summary, metrics, intervals and predictions.
 *
 * @param run run.json
 * @param leakage leakage.json, {@code null} when the run has none
 * @param summary eval/eval_summary.json
 * @param metrics eval/metrics.json
 * @param intervals eval/confidence_intervals.json
 * @param predictions eval/predictions.json
 */
record RunEvidence(RunRecord run, LeakageReport leakage, EvalSummary summary, MetricsReport metrics,
                   ConfidenceIntervals intervals, TestPredictions predictions) {

    /** Reads and validates the files of a run folder; a missing or invalid one is an error that names it. */
    static RunEvidence read(Path runDir) {
        Path evalDir = runDir.resolve(EvalFolderWriter.EVAL_DIR);
        Path leakage = runDir.resolve(RunFolder.LEAKAGE);
        EvalSummary summary = ArtifactReader.read(evalDir.resolve(EvalFolderWriter.SUMMARY), EvalSummary.class);
        EvalFiles files = summary.files();
        if (files.predictions() == null) {
            throw new IllegalArgumentException(evalDir.resolve(EvalFolderWriter.SUMMARY) + ": a model card needs"
                    + " predictions.json, but files.predictions is absent"
                    + (files.hasRows() ? "" : " (" + files.rowsNotWritten() + ")"));
        }
        return new RunEvidence(ArtifactReader.read(runDir.resolve(RunFolder.RUN), RunRecord.class),
                Files.exists(leakage) ? ArtifactReader.read(leakage, LeakageReport.class) : null, summary,
                ArtifactReader.read(evalDir.resolve(files.metrics()), MetricsReport.class),
                ArtifactReader.read(evalDir.resolve(files.confidenceIntervals()), ConfidenceIntervals.class),
                ArtifactReader.read(evalDir.resolve(files.predictions()), TestPredictions.class));
    }
}
