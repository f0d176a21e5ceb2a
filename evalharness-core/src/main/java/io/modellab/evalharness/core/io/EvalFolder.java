package io.modellab.evalharness.core.io;

import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.RankingPredictions;
import io.modellab.evalharness.core.schema.RegressionPredictions;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.StressReport;
import io.modellab.evalharness.core.schema.Takeaway;
import io.modellab.evalharness.core.schema.TestPredictions;
import java.util.List;

/**
 * Everything one eval folder holds: the eight items of the contract, every test row's (or query's) prediction, and
 * the stress table when the eval had a model to stress.
 *
 * @param summary eval_summary.json
 * @param metrics metrics.json
 * @param confidenceIntervals confidence_intervals.json
 * @param slices slices.json
 * @param failureExamples failure_examples.json
 * @param takeaway takeaway.txt
 * @param plots the files of plots/
 * @param repro repro.md, Markdown
 * @param predictions predictions.json, the rows compare mode pairs; {@code null} exactly for a ranking or a
 *     regression
 * @param stress stress.json, or {@code null} when there is none (an eval of predictions without a model); its
 *     degradation plots are among {@code plots}
 * @param failureModes failure_modes.md, the failure-modes template (Markdown), or {@code null} for none
 * @param rankings rankings.json, every query's ranked candidates, exactly for a ranking ({@code null} otherwise)
 * @param regressionPredictions regression_predictions.json, every row's actual value and prediction, exactly for a
 *     regression ({@code null} otherwise)
 */
public record EvalFolder(
        EvalSummary summary,
        MetricsReport metrics,
        ConfidenceIntervals confidenceIntervals,
        SliceReport slices,
        FailureExamples failureExamples,
        Takeaway takeaway,
        List<Plot> plots,
        String repro,
        TestPredictions predictions,
        StressReport stress,
        String failureModes,
        RankingPredictions rankings,
        RegressionPredictions regressionPredictions) {

    /** Copies the list. */
    public EvalFolder {
        plots = List.copyOf(plots);
    }

    /** A classification's or a ranking's folder. */
    public EvalFolder(EvalSummary summary, MetricsReport metrics, ConfidenceIntervals confidenceIntervals,
                      SliceReport slices, FailureExamples failureExamples, Takeaway takeaway, List<Plot> plots,
                      String repro, TestPredictions predictions, StressReport stress, String failureModes,
                      RankingPredictions rankings) {
        this(summary, metrics, confidenceIntervals, slices, failureExamples, takeaway, plots, repro, predictions, stress,
                failureModes, rankings, null);
    }

    /** A classification's folder, with a stress table and a failure-modes template or {@code null}s. */
    public EvalFolder(EvalSummary summary, MetricsReport metrics, ConfidenceIntervals confidenceIntervals,
                      SliceReport slices, FailureExamples failureExamples, Takeaway takeaway, List<Plot> plots,
                      String repro, TestPredictions predictions, StressReport stress, String failureModes) {
        this(summary, metrics, confidenceIntervals, slices, failureExamples, takeaway, plots, repro, predictions, stress,
                failureModes, (RankingPredictions) null);
    }

    /** A classification's folder without a failure-modes template. */
    public EvalFolder(EvalSummary summary, MetricsReport metrics, ConfidenceIntervals confidenceIntervals,
                      SliceReport slices, FailureExamples failureExamples, Takeaway takeaway, List<Plot> plots,
                      String repro, TestPredictions predictions, StressReport stress) {
        this(summary, metrics, confidenceIntervals, slices, failureExamples, takeaway, plots, repro, predictions, stress,
                null);
    }

    /** A classification's folder without a stress table. */
    public EvalFolder(EvalSummary summary, MetricsReport metrics, ConfidenceIntervals confidenceIntervals,
                      SliceReport slices, FailureExamples failureExamples, Takeaway takeaway, List<Plot> plots,
                      String repro, TestPredictions predictions) {
        this(summary, metrics, confidenceIntervals, slices, failureExamples, takeaway, plots, repro, predictions, null,
                null);
    }
}
