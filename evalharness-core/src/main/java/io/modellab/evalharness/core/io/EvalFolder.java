package io.modellab.evalharness.core.io;

import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.FailureExamples;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.Takeaway;
import java.util.List;

/**
 * Everything one eval folder holds, the eight items of the contract.
 *
 * @param summary eval_summary.json
 * @param metrics metrics.json
 * @param confidenceIntervals confidence_intervals.json
 * @param slices slices.json
 * @param failureExamples failure_examples.json
 * @param takeaway takeaway.txt
 * @param plots the files of plots/
 * @param repro repro.md, Markdown
 */
public record EvalFolder(
        EvalSummary summary,
        MetricsReport metrics,
        ConfidenceIntervals confidenceIntervals,
        SliceReport slices,
        FailureExamples failureExamples,
        Takeaway takeaway,
        List<Plot> plots,
        String repro) {

    /** Copies the list. */
    public EvalFolder {
        plots = List.copyOf(plots);
    }
}
