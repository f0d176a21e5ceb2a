package io.modellab.assertj;

import static io.modellab.assertj.error.ShouldReportMetric.shouldReportMetric;

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
 * <p>Slices carry no confidence interval, so a slice metric's message gives its size and the overall value instead.
 */
public class SliceAssert extends AbstractAssert<SliceAssert, SliceResult> {

    private final String runId;
    private final List<MetricValue> overall;
    private final String label;

    /**
     * @param overall the run's overall metrics, shown beside the slice's
     * @param label the label this assert gets when the test gives it none, e.g. "worst slice ... of run ..."
     */
    SliceAssert(SliceResult actual, String runId, List<MetricValue> overall, String label) {
        super(actual, SliceAssert.class);
        this.runId = runId;
        this.overall = List.copyOf(overall);
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
        return MetricAssert.on(new MetricReading(name, owner, metric.value(), metric.note(), detail, null,
                "slices carry none"), info, label);
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
