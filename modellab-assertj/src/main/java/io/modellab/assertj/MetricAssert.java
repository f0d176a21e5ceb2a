package io.modellab.assertj;

import static io.modellab.assertj.error.MetricShouldBeDefined.metricShouldBeDefined;
import static io.modellab.assertj.error.ShouldBeAtLeast.shouldBeAtLeast;
import static io.modellab.assertj.error.ShouldBeAtMost.shouldBeAtMost;
import static io.modellab.assertj.error.ShouldHaveConfidenceInterval.shouldHaveConfidenceInterval;

import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractDoubleAssert;
import org.assertj.core.api.WritableAssertionInfo;

/**
 * Assertions on one metric of a run or of a slice, or on an end of its confidence interval.
 *
 * <pre>{@code
 * assertThat(eval).metric("roc_auc").isAtLeast(0.75);
 * assertThat(eval).metric("roc_auc").lowerBound().isAtLeast(0.70);
 * assertThat(eval).metric("log_loss").isAtMost(0.5);
 * }</pre>
 *
 * <p>It is a double assert, so AssertJ's own ({@code isCloseTo}, {@code isBetween}...) work too, labelled with the
 * metric and the run. {@link #isAtLeast} and {@link #isAtMost} say more when they fail: the interval, or why there is
 * none. An undefined metric (ROC-AUC on rows of one class) fails every bound, with the reason the file gives.
 */
public class MetricAssert extends AbstractDoubleAssert<MetricAssert> {

    /** Which number of the metric this assert reads. */
    enum Part {
        VALUE, LOWER_BOUND, UPPER_BOUND;

        Double of(MetricReading reading) {
            return switch (this) {
                case VALUE -> reading.value();
                case LOWER_BOUND -> reading.interval() == null ? null : reading.interval().lower();
                case UPPER_BOUND -> reading.interval() == null ? null : reading.interval().upper();
            };
        }

        String subject(MetricReading reading) {
            String level = reading.interval() == null ? "" : Texts.percent(reading.interval().level()) + " ";
            return switch (this) {
                case VALUE -> reading.subject();
                case LOWER_BOUND -> "the lower end of the " + level + "confidence interval of " + reading.subject();
                case UPPER_BOUND -> "the upper end of the " + level + "confidence interval of " + reading.subject();
            };
        }

        String label(MetricReading reading) {
            return switch (this) {
                case VALUE -> "metric " + reading.subject();
                case LOWER_BOUND -> "lower bound of metric " + reading.subject();
                case UPPER_BOUND -> "upper bound of metric " + reading.subject();
            };
        }
    }

    private final MetricReading reading;
    private final Part part;

    MetricAssert(MetricReading reading, Part part) {
        super(part.of(reading), MetricAssert.class);
        this.reading = reading;
        this.part = part;
    }

    /**
     * Verifies that the number is at least {@code bound}.
     *
     * @param bound the smallest value the test accepts
     * @return this assert
     * @throws AssertionError naming the metric, the run, the value, the interval and the bound, when it is smaller or
     *     undefined
     */
    public MetricAssert isAtLeast(double bound) {
        double value = definedValue(bound);
        if (value < bound) {
            throw assertionError(shouldBeAtLeast(part.subject(reading), value, bound, reading.evidence()));
        }
        return myself;
    }

    /**
     * Verifies that the number is at most {@code bound}: for metrics where smaller is better, such as a loss.
     *
     * @param bound the largest value the test accepts
     * @return this assert
     * @throws AssertionError naming the metric, the run, the value, the interval and the bound, when it is larger or
     *     undefined
     */
    public MetricAssert isAtMost(double bound) {
        double value = definedValue(bound);
        if (value > bound) {
            throw assertionError(shouldBeAtMost(part.subject(reading), value, bound, reading.evidence()));
        }
        return myself;
    }

    /**
     * The lower end of the metric's bootstrap confidence interval (confidence_intervals.json): a bound on it says the
     * metric is above the bound with the interval's confidence, not only on this one test set.
     *
     * @return an assert on the lower end
     * @throws AssertionError when the metric has no interval, saying why
     */
    @CheckReturnValue
    public MetricAssert lowerBound() {
        return end(Part.LOWER_BOUND);
    }

    /**
     * The upper end of the metric's bootstrap confidence interval: for metrics where smaller is better.
     *
     * @return an assert on the upper end
     * @throws AssertionError when the metric has no interval, saying why
     */
    @CheckReturnValue
    public MetricAssert upperBound() {
        return end(Part.UPPER_BOUND);
    }

    private MetricAssert end(Part end) {
        if (part != Part.VALUE) {
            throw new IllegalStateException("lowerBound() and upperBound() read the interval of a metric's value;"
                    + " this assert is already on " + part.subject(reading));
        }
        if (reading.interval() == null) {
            throw assertionError(shouldHaveConfidenceInterval(reading.subject(), reading.noInterval()));
        }
        return Texts.labelled(new MetricAssert(reading, end), info, part.label(reading), end.label(reading));
    }

    private double definedValue(double bound) {
        if (Double.isNaN(bound)) {
            throw new IllegalArgumentException("the bound must be a number, not NaN");
        }
        if (actual == null) {
            throw assertionError(metricShouldBeDefined(reading.subject(), reading.note()));
        }
        return actual;
    }

    /** The assert on a metric's value, labelled "metric roc_auc of run ..." unless the parent has a description. */
    static MetricAssert on(MetricReading reading, WritableAssertionInfo parent, String parentLabel) {
        return Texts.labelled(new MetricAssert(reading, Part.VALUE), parent, parentLabel, Part.VALUE.label(reading));
    }
}
