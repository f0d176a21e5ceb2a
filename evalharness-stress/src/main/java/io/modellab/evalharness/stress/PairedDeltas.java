package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.schema.DegradedMetric;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import java.util.ArrayList;
import java.util.List;

/**
 * The metrics of a {@link Cell}, clean and corrupted, and the paired bootstrap interval of each difference: both
 * sides are recomputed on the same resamples of the same rows ({@link Bootstrap#pairedDifference}), so what the rows
 * have in common cancels out.
 */
final class PairedDeltas {

    /** How the intervals are read off: the percentile interval, as compare mode's paired differences. */
    static final String METHOD = Bootstrap.METHOD + " (paired difference)";

    private PairedDeltas() {
    }

    /**
     * Every metric of {@code metrics} for the cell. When the corruption changed no score and no label every
     * resample's difference is exactly 0, so the interval is [0, 0] without resampling.
     */
    static List<DegradedMetric> of(Cell cell, List<String> metrics, StressOptions options) {
        ScoredRows clean = cell.clean();
        ScoredRows corrupted = cell.corrupted();
        int[] all = clean.allRows();
        boolean unchanged = cell.unchanged();
        Bootstrap.Options bootstrap = new Bootstrap.Options(options.resamples(), options.seed(),
                options.confidenceLevel(), 1, ProgressListener.NONE, Bootstrap.Interval.PERCENTILE);
        List<DegradedMetric> out = new ArrayList<>(metrics.size());
        for (String metric : metrics) {
            Double before = defined(clean.metric(metric, all));
            Double after = defined(corrupted.metric(metric, all));
            if (before == null || after == null) {
                out.add(new DegradedMetric(metric, before, after, null, null, null));
            } else if (unchanged) {
                out.add(new DegradedMetric(metric, before, after, 0.0, 0.0, 0.0));
            } else {
                BootstrapInterval ci = Bootstrap.pairedDifference(all.length, bootstrap,
                        corrupted.resampled(metric), clean.resampled(metric));
                boolean hasInterval = ci.resamplesUsed() > 0;
                out.add(new DegradedMetric(metric, before, after, after - before, hasInterval ? ci.lower() : null,
                        hasInterval ? ci.upper() : null));
            }
        }
        return out;
    }

    private static Double defined(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
