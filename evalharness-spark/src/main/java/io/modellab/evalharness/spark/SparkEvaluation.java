package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.core.schema.Takeaway;
import io.modellab.evalharness.core.schema.Task;
import io.modellab.evalharness.metrics.BinaryConfusion;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.slicing.TakeawaySentences;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the Spark evaluation computed: the records of metrics.json, confidence_intervals.json, slices.json and
 * failure_examples.json, failure_modes.md and the plots, as the single-machine {@code EvalHarness} makes them, and
 * the counts the takeaway needs. {@link #writeFolder} adds eval_summary.json, takeaway.txt and repro.md and writes
 * the whole eval folder.
 *
 * @param metrics the whole binary suite on all rows
 * @param confidenceIntervals BCa intervals of the headline metrics (ROC-AUC, accuracy, F1) over Poisson replicates
 * @param slices the default slices, worst first, as the single machine writes them
 * @param failureExamples the spec's failure rules' examples, tagged, as the single machine selects them
 * @param failureModes the failure-modes template (failure_modes.md) of those examples
 * @param plots the classification plots of spec 4.4.1 and accuracy by slice, as the single machine draws them
 * @param confusion the counts at the threshold on all rows
 * @param confidentWrong wrong rows at least {@link TakeawaySentences#CONFIDENT} sure of their predicted label
 * @param dataset the evaluated data's name in the plots' titles ({@link SparkEvalOptions#dataset()})
 */
public record SparkEvaluation(MetricsReport metrics, ConfidenceIntervals confidenceIntervals, SliceReport slices,
                              FailureExamples failureExamples, String failureModes, List<Plot> plots,
                              BinaryConfusion confusion, long confidentWrong, String dataset) {

    /** Copies the list. */
    public SparkEvaluation {
        plots = List.copyOf(plots);
        Objects.requireNonNull(dataset, "dataset");
    }

    /**
     * Writes the complete eval folder to {@code <artifactsRoot>/<project>/<run_id>/eval/} through
     * {@link EvalFolderWriter}: every record validated, the folder renamed into place only when complete, an existing
     * one never overwritten. It has everything the single machine writes except predictions.json (every row; its
     * summary's {@code files.rows_not_written} says so) and stress.json (no model on Spark); the same evaluation gives
     * the same bytes.
     *
     * @return the eval folder
     * @throws IllegalArgumentException for an unsafe project or run name, or a run whose dataset is not the one the
     *     plots were titled with
     */
    public Path writeFolder(Path artifactsRoot, SparkRun run) {
        return EvalFolderWriter.write(artifactsRoot, run.project(), metrics.runId(), folder(run));
    }

    /** The eval folder {@link #writeFolder} writes, without writing it. */
    public EvalFolder folder(SparkRun run) {
        Objects.requireNonNull(run, "run");
        run.requirePlotsTitledWith(dataset);
        String runId = metrics.runId();
        long rows = metrics.rows();
        List<String> keyPlots = plots.stream().map(plot -> EvalFiles.STANDARD.plots() + plot.fileName()).toList();
        EvalFiles files = EvalFiles.standard(false, true).withoutRows(String.format(Locale.ROOT,
                "%d rows evaluated on Apache Spark; predictions.json (every row) is not written", rows));
        EvalSummary summary = new EvalSummary(SchemaVersion.CURRENT, run.project(), runId, Task.BINARY_CLASSIFICATION,
                metrics.model(), run.role(), run.dataset(), run.codeVersion(), confidenceIntervals.seed(),
                rows, metrics.positiveLabel(),
                HeadlineMetric.of(SparkEvaluator.HEADLINE, slices.overall(), confidenceIntervals.intervals().stream()
                        .collect(Collectors.toMap(ConfidenceInterval::metric, ci -> ci))),
                run.baselineCheck() == null ? null : run.baselineCheck().baselineRunId(), run.baselineCheck(), files,
                keyPlots);
        String repro = run.repro().markdown(runId, run.project(), "model `" + metrics.model() + "`",
                run.role().name().toLowerCase(Locale.ROOT), confidenceIntervals.seed(), run.codeVersion(),
                run.dataset(), "", "");
        return new EvalFolder(summary, metrics.withBaseline(run.baseline()), confidenceIntervals, slices, failureExamples, takeaway(run),
                plots, repro, null, null, failureModes);
    }

    /**
     * takeaway.txt, by the single machine's sentences from the same numbers: the failure sentence has no stress
     * clause (no model to stress), as on the single machine without a model.
     */
    public Takeaway takeaway(SparkRun run) {
        SliceResult worst = slices.worstSlice() == null ? null : slices.slices().stream()
                .filter(s -> s.name().equals(slices.worstSlice())).findFirst().orElseThrow();
        return TakeawaySentences.binary(new TakeawaySentences.Binary(metrics.model(), run.dataset().name(),
                run.dataset().version(), metrics.positiveLabel(), metrics.decisionThreshold(), confusion, confidentWrong,
                slices.overall(), interval(BinaryPredictions.ROC_AUC), confidenceIntervals.confidenceLevel(),
                confidenceIntervals.seed(), slices.minSampleSize(), worst, failureExamples.examples(), run.baseline(),
                run.baselineCheck(), null));
    }

    private ConfidenceInterval interval(String metric) {
        return confidenceIntervals.intervals().stream().filter(ci -> ci.metric().equals(metric)).findFirst()
                .orElse(null);
    }
}
