package io.modellab.assertj;

import static io.modellab.assertj.error.ShouldHavePairedInterval.shouldHavePairedInterval;
import static io.modellab.assertj.error.ShouldImproveSignificantly.shouldImproveSignificantly;

import io.modellab.evalharness.core.MetricDirection;
import io.modellab.evalharness.core.schema.Comparison;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on how one metric changed from a reference run to a candidate, reached through
 * {@link ComparisonAssert#improves(String)}.
 */
public class MetricChangeAssert extends AbstractAssert<MetricChangeAssert, Comparison.Delta> {

    private final Comparison comparison;

    MetricChangeAssert(Comparison.Delta actual, Comparison comparison) {
        super(actual, MetricChangeAssert.class);
        this.comparison = comparison;
    }

    /**
     * Verifies that the improvement is not noise: the paired bootstrap interval of the change (both runs resampled on
     * the same rows) lies entirely on the better side of 0.
     *
     * @return this assert
     * @throws AssertionError with the interval, both values, the delta and the verdict when it reaches 0, or with the
     *     comparison's reason when it has no interval (runs on other data, a metric not resampled)
     */
    public MetricChangeAssert significantly() {
        isNotNull();
        String reference = comparison.reference().runId();
        String candidate = comparison.candidate().runId();
        if (actual.ciLower() == null || actual.ciUpper() == null) {
            Comparison.Significance significance = comparison.significance();
            throw assertionError(shouldHavePairedInterval(actual.name(), reference, candidate, actual.verdict(),
                    significance.claimed() ? "compare mode computed no interval for this metric"
                            : significance.reason()));
        }
        MetricDirection direction = MetricDirection.of(actual.name());
        boolean betterSideOfZero = direction == MetricDirection.HIGHER_IS_BETTER ? actual.ciLower() > 0
                : actual.ciUpper() < 0;
        if (!betterSideOfZero) {
            Comparison.Significance significance = comparison.significance();
            throw assertionError(shouldImproveSignificantly("the " + level() + " paired bootstrap interval",
                    actual.name(), reference, candidate, actual.ciLower(), actual.ciUpper(), direction,
                    actual.name() + ": " + actual.reference() + " to " + actual.candidate() + ", delta "
                            + actual.delta() + ", verdict " + actual.verdict() + ", " + significance.pairedRows()
                            + " paired rows, " + significance.resamples() + " resamples"));
        }
        return myself;
    }

    private String level() {
        return Texts.percent(comparison.significance().confidenceLevel());
    }

    /** The delta, its paired interval (or that there is none) and the verdict, for a failure message's last line. */
    static String evidenceOf(Comparison.Delta delta, Comparison.Significance significance) {
        String interval = delta.ciLower() == null || delta.ciUpper() == null ? "no paired interval"
                : Texts.percent(significance.confidenceLevel()) + " paired bootstrap interval "
                        + Texts.interval(delta.ciLower(), delta.ciUpper());
        return "delta " + delta.delta() + ", " + interval + ", verdict " + delta.verdict();
    }
}
