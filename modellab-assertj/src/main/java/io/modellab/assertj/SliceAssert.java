package io.modellab.assertj;

import static io.modellab.assertj.error.ShouldReportMetric.shouldReportMetric;

import io.modellab.evalharness.core.schema.ConfidenceInterval;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceResult;
import java.util.List;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one slice of a run, such as its worst.
 *
 * <pre>{@code
 * assertThat(eval).worstSlice().hasMetricAtLeast("accuracy", 0.6);
 * assertThat(eval).worstSlice().metric("recall").isAtLeast(0.4);
 * }</pre>
 *
 * <p>A slice metric's message gives the slice's size, the overall value and, for the slice's headline metric, its
 * bootstrap interval from slices.json (other metrics of a slice carry none).
 */
public class SliceAssert extends AbstractAssert<SliceAssert, SliceResult> {

    private final String runId;
    private final List<MetricValue> overall;
    private final Double level;
    private final String label;

    /**
     * @param overall the run's overall metrics, shown beside the slice's
     * @param level the confidence level of the slices' intervals, {@code null} in a file without intervals
     * @param label the label this assert gets when the test gives it none, e.g. "worst slice ... of run ..."
     */
    SliceAssert(SliceResult actual, String runId, List<MetricValue> overall, Double level, String label) {
        super(actual, SliceAssert.class);
        this.runId = runId;
        this.overall = List.copyOf(overall);
        this.level = level;
        this.label = label;
    }

    /**
     * One metric of the slice.
     *
     * @param name the metric, e.g. {@code recall}
     * @return an assert on its value, labelled "metric recall of slice ... of run ..."
     * @throws AssertionError when the slice does not report the metric, naming those it does
     */
    @CheckReturnValue
    public MetricAssert metric(String name) {
        isNotNull();
        String owner = "slice " + actual.name() + " of run " + runId;
        MetricValue metric = actual.metrics().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> assertionError(shouldReportMetric(owner, name, Texts.names(actual.metrics()))));
        String detail = " on " + Texts.count(actual.sampleSize(), "row", "rows") + ", overall "
                + MetricValue.valueOf(overall, name);
        ConfidenceInterval ci = actual.interval();
        boolean hasInterval = ci != null && ci.metric().equals(name) && level != null;
        Interval interval = hasInterval
                ? new Interval(ci.lower(), ci.upper(), level, ci.method(), ci.resamplesUsed()) : null;
        return MetricAssert.on(new MetricReading(name, owner, metric.value(), metric.note(), detail, interval,
                ci == null ? "this slice has none" : "the slice's interval is of " + ci.metric()), info, label);
    }

    /**
     * Verifies that the slice has {@code metric} of at least {@code bound}.
     *
     * @param metric the metric
     * @param bound the smallest value the test accepts
     * @return this assert
     * @throws AssertionError naming the slice, its size, the run, the value, the overall value and the bound
     */
    public SliceAssert hasMetricAtLeast(String metric, double bound) {
        metric(metric).isAtLeast(bound);
        return myself;
    }
}
