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
import io.modellab.evalharness.metrics.RegressionRows;
import io.modellab.evalharness.slicing.TakeawaySentences;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the Spark regression evaluation computed: the records of metrics.json, confidence_intervals.json, slices.json
 * and failure_examples.json, failure_modes.md and the plots, as the single-machine {@code RegressionEvaluator} makes
 * them, and the figures its takeaway needs. {@link #writeFolder} adds eval_summary.json, takeaway.txt and repro.md
 * and writes the whole eval folder.
 *
 * @param metrics every regression metric on all rows
 * @param confidenceIntervals intervals of RMSE, MAE and R² over Poisson replicates (BCa up to 5,000 rows)
 * @param slices the default regression slices, worst first
 * @param failureExamples the failure rules' examples, tagged, as the single machine selects them
 * @param failureModes the failure-modes template (failure_modes.md) of those examples
 * @param plots the regression plots of spec 4.4.2 and RMSE by slice
 * @param target the target's name (the actual column's)
 * @param bias the mean of prediction minus target
 * @param under rows predicted below their target
 * @param over rows predicted above it
 * @param largestErrorRow the id of the row with the largest absolute error (ties to the smaller id, as a string)
 * @param largestErrorPredicted its prediction
 * @param largestErrorActual its target
 * @param dataset the data's name the plots were titled with ({@link SparkEvalOptions#withDataset})
 */
public record SparkRegressionEvaluation(MetricsReport metrics, ConfidenceIntervals confidenceIntervals,
                                        SliceReport slices, FailureExamples failureExamples, String failureModes,
                                        List<Plot> plots, String target, double bias, long under, long over,
                                        String largestErrorRow, double largestErrorPredicted,
                                        double largestErrorActual, String dataset) {

    /** Copies the list. */
    public SparkRegressionEvaluation {
        plots = List.copyOf(plots);
    }

    /**
     * Writes the complete eval folder to {@code <artifactsRoot>/<project>/<run_id>/eval/} through
     * {@link EvalFolderWriter}: every record validated, the folder renamed into place only when complete, an existing
     * one never overwritten. It has everything the single machine writes except regression_predictions.json (every
     * row; its summary's {@code files.rows_not_written} says so) and stress.json (no model on Spark).
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
        EvalFiles files = EvalFiles.regression(false).withFailureModes(EvalFiles.FAILURE_MODES)
                .withoutRows(String.format(Locale.ROOT, "%d rows evaluated on Apache Spark;"
                        + " regression_predictions.json (every row) is not written", rows));
        EvalSummary summary = new EvalSummary(SchemaVersion.CURRENT, run.project(), runId, Task.REGRESSION,
                metrics.model(), run.role(), run.dataset(), run.codeVersion(), confidenceIntervals.seed(),
                rows, null, HeadlineMetric.of(SparkRegressionEvaluator.HEADLINE, metrics.metrics(),
                        confidenceIntervals.intervals().stream()
                                .collect(Collectors.toMap(ConfidenceInterval::metric, ci -> ci))),
                run.baselineCheck() == null ? null : run.baselineCheck().baselineRunId(), run.baselineCheck(), files,
                keyPlots);
        String repro = run.repro().markdown(runId, run.project(), "model `" + metrics.model() + "`",
                run.role().name().toLowerCase(Locale.ROOT), confidenceIntervals.seed(), run.codeVersion(),
                run.dataset(), "; target `" + target + "`", "");
        return new EvalFolder(summary, metrics.withBaseline(run.baseline()), confidenceIntervals, slices, failureExamples, takeaway(run),
                plots, repro, null, null, failureModes);
    }

    /** takeaway.txt, by the single machine's sentences ({@link TakeawaySentences#regression}) without a stress clause. */
    public Takeaway takeaway(SparkRun run) {
        SliceResult worst = slices.worstSlice() == null ? null : slices.slices().stream()
                .filter(s -> s.name().equals(slices.worstSlice())).findFirst().orElseThrow();
        return TakeawaySentences.regression(new TakeawaySentences.Regression(metrics.model(), target, metrics.rows(),
                run.dataset().name(), run.dataset().version(), metrics.metrics(), interval(RegressionRows.RMSE),
                confidenceIntervals.confidenceLevel(), confidenceIntervals.seed(), bias, under, over,
                slices.minSampleSize(), worst, largestErrorRow, largestErrorPredicted, largestErrorActual,
                failureExamples.examples().size(), run.baseline(), run.baselineCheck(), null));
    }

    private ConfidenceInterval interval(String metric) {
        return confidenceIntervals.intervals().stream().filter(ci -> ci.metric().equals(metric)).findFirst()
                .orElse(null);
    }
}
