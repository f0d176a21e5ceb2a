package io.modellab.tracker;

import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.ConfidenceIntervals;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import io.modellab.evalharness.plots.ImageFormat;
import io.modellab.evalharness.plots.SlicePlots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pieces every evaluator of the tracker (classification, ranking, regression) builds the same way, kept in one
 * place so the three eval folders cannot drift apart: a bootstrap interval as confidence_intervals.json writes it, the
 * headline rows of eval_summary.json, confidence_intervals.json itself, and the metric-by-slice plot.
 */
public final class EvalParts {

    /** The file-level method of confidence_intervals.json when its intervals were read off differently. */
    public static final String MIXED_METHOD = "mixed: see each interval's method";

    private EvalParts() {
    }

    /** {@code ci} as written, or {@code null} when it is undefined (no point estimate, or no resample counted). */
    public static ConfidenceInterval interval(String metric, BootstrapInterval ci) {
        if (Double.isNaN(ci.pointEstimate()) || ci.resamplesUsed() == 0) {
            return null;
        }
        return new ConfidenceInterval(metric, ci.pointEstimate(), ci.mean(), ci.lower(), ci.upper(), ci.resamplesUsed(),
                ci.method(), ci.bca() == null ? null : ci.bca().biasCorrection(),
                ci.bca() == null ? null : ci.bca().acceleration());
    }

    /** The headline rows: each metric's value on all rows with its interval, where it has one. */
    public static List<HeadlineMetric> headline(List<String> metrics, List<MetricValue> overall,
                                                Map<String, ConfidenceInterval> intervals) {
        List<HeadlineMetric> headline = new ArrayList<>();
        for (String name : metrics) {
            ConfidenceInterval ci = intervals.get(name);
            headline.add(new HeadlineMetric(name, MetricValue.valueOf(overall, name), ci == null ? null : ci.lower(),
                    ci == null ? null : ci.upper()));
        }
        return headline;
    }

    /**
     * confidence_intervals.json: the intervals, under the one method they share ({@link Bootstrap#BCA_METHOD} when
     * there are none, {@link #MIXED_METHOD} when they differ).
     */
    public static ConfidenceIntervals confidenceIntervals(String runId, EvalOptions options, long seed,
                                                          Map<String, ConfidenceInterval> intervals) {
        List<String> methods = intervals.values().stream().map(ConfidenceInterval::method).distinct().toList();
        return new ConfidenceIntervals(SchemaVersion.CURRENT, runId,
                methods.isEmpty() ? Bootstrap.BCA_METHOD : methods.size() == 1 ? methods.get(0) : MIXED_METHOD,
                options.confidenceLevel(), options.resamples(), seed, List.copyOf(intervals.values()));
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
