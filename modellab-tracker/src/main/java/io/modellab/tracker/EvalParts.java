package io.modellab.tracker;

import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.plots.SlicePlots;
import java.util.List;
import java.util.Map;

/**
 * The pieces every evaluator of the tracker (classification, ranking, regression) builds the same way from its
 * {@link EvalOptions}, kept in one place so the three eval folders cannot drift apart: confidence_intervals.json and
 * the metric-by-slice plot. (An interval's record is {@code BootstrapInterval.toRecord}, the headline rows
 * {@code HeadlineMetric.of}: the Spark evaluators build those too.)
 */
public final class EvalParts {

    private EvalParts() {
    }

    /**
     * confidence_intervals.json: the intervals, under the one method they share ({@link Bootstrap#BCA_METHOD} when
     * there are none, {@link ConfidenceIntervals#MIXED_METHOD} when they differ).
     */
    public static ConfidenceIntervals confidenceIntervals(String runId, EvalOptions options, long seed,
                                                          Map<String, ConfidenceInterval> intervals) {
        return ConfidenceIntervals.of(runId, Bootstrap.BCA_METHOD, options.confidenceLevel(), options.resamples(),
                seed, intervals.values());
    }

    /**
     * The bars of {@code metric} per slice (small slices marked), worst first by the metric's direction, with each
     * slice's interval where it has one, against the overall value (0 when undefined).
     *
     * @param fileMetric the metric as it appears in the file name ({@code slices_<fileMetric>.png})
     */
    public static Plot slicePlot(String title, String fileMetric, String metric, List<SliceResult> slices,
                                 List<MetricValue> overall) {
        return SlicePlots.ofResults(title, fileMetric, metric, slices, MetricValue.valueOf(overall, metric),
                ImageFormat.PNG);
    }
}
