package io.modellab.assertj;

import static io.modellab.assertj.error.ShouldHaveSliceDeltas.shouldHaveSliceDeltas;
import static io.modellab.assertj.error.ShouldImprove.shouldImprove;
import static io.modellab.assertj.error.ShouldReportMetric.shouldReportMetric;
import static io.modellab.assertj.error.SlicesShouldNotRegress.slicesShouldNotRegress;

import io.modellab.evalharness.core.MetricDirection;
import io.modellab.evalharness.core.schema.Comparison;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a comparison of a candidate run with a reference run (compare.json).
 *
 * <pre>{@code
 * assertThat(comparison).improves("roc_auc").significantly();
 * assertThat(comparison).doesNotRegressAnySliceBy(0.05);
 * }</pre>
 *
 * <p>Which way is better comes from {@link MetricDirection}, the list compare mode uses: a smaller log loss is an
 * improvement.
 */
public class ComparisonAssert extends AbstractAssert<ComparisonAssert, Comparison> {

    private String sliceFamily;

    ComparisonAssert(Comparison actual) {
        super(actual, ComparisonAssert.class);
    }

    /**
     * Verifies that {@code metric} moved in its better direction from the reference run to the candidate.
     *
     * @param metric the metric, e.g. {@code roc_auc}
     * @return an assert on the change, for {@link MetricChangeAssert#significantly()}
     * @throws AssertionError with both values, the delta, its paired interval and the verdict when it did not improve
     */
    @CheckReturnValue
    public MetricChangeAssert improves(String metric) {
        isNotNull();
        Comparison.Delta delta = actual.metricDeltas().stream().filter(d -> d.name().equals(metric)).findFirst()
                .orElseThrow(() -> assertionError(shouldReportMetric("the comparison of run " + candidate()
                        + " with run " + reference(), metric,
                        actual.metricDeltas().stream().map(Comparison.Delta::name).toList())));
        MetricDirection direction = MetricDirection.of(metric);
        if (delta.delta() == null || !direction.improvesBy(delta.delta())) {
            throw assertionError(shouldImprove(metric, reference(), candidate(), direction, delta.reference(),
                    delta.candidate(), MetricChangeAssert.evidenceOf(delta, actual.significance())));
        }
        return Texts.labelled(new MetricChangeAssert(delta, actual), info, null,
                metric + " from run " + reference() + " to run " + candidate());
    }

    /**
     * Restricts {@link #doesNotRegressAnySliceBy(double)} to the slices of one family, e.g. {@code key_feature}: the
     * default slices also cut by actual class, where a candidate that stops predicting the majority class for every
     * row necessarily gets worse on that class.
     *
     * @param family the family, as slices.json names it
     * @return this assert
     */
    public ComparisonAssert inSliceFamily(String family) {
        this.sliceFamily = family;
        return myself;
    }

    /**
     * Verifies that no slice both runs define got worse by more than {@code maxWorsening} in any metric compared,
     * each in its better direction.
     *
     * @param maxWorsening the largest change for the worse the test allows, e.g. {@code 0.05}
     * @return this assert
     * @throws AssertionError listing every slice metric that got worse by more, or when no slice was compared
     */
    public ComparisonAssert doesNotRegressAnySliceBy(double maxWorsening) {
        isNotNull();
        if (!(maxWorsening >= 0)) {
            throw new IllegalArgumentException("the largest allowed worsening must be 0 or more, got " + maxWorsening);
        }
        List<Comparison.SliceDelta> compared = actual.sliceDeltas().stream()
                .filter(d -> sliceFamily == null || sliceFamily.equals(d.family())).toList();
        if (compared.isEmpty()) {
            throw assertionError(shouldHaveSliceDeltas(reference(), candidate(), sliceFamily));
        }
        List<String> regressions = new ArrayList<>();
        for (Comparison.SliceDelta slice : compared) {
            if (slice.delta() != null
                    && MetricDirection.of(slice.metric()).worseningBy(slice.delta()) > maxWorsening) {
                regressions.add("  " + slice.name() + ", " + slice.metric() + ": " + slice.reference() + " to "
                        + slice.candidate() + " (delta " + slice.delta() + "; " + slice.referenceSize() + " and "
                        + slice.candidateSize() + " rows)");
            }
        }
        if (!regressions.isEmpty()) {
            throw assertionError(slicesShouldNotRegress(maxWorsening, reference(), candidate(),
                    compared.size(), regressions));
        }
        return myself;
    }

    private String reference() {
        return actual.reference().runId();
    }

    private String candidate() {
        return actual.candidate().runId();
    }
}
