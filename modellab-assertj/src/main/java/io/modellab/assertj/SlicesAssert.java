package io.modellab.assertj;

import static io.modellab.assertj.error.ShouldHaveSlicesToCheck.shouldHaveSliceFamily;
import static io.modellab.assertj.error.ShouldHaveSlicesToCheck.shouldHaveSlicesToCheck;
import static io.modellab.assertj.error.ShouldReportMetric.shouldReportMetric;
import static io.modellab.assertj.error.SlicesShouldHaveMetricAtLeast.slicesShouldHaveMetricAtLeast;

import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceReport;
import io.modellab.evalharness.core.schema.SliceResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Claims about every slice of a run (slices.json), such as "recall is at least 0.5 in every slice".
 *
 * <pre>{@code
 * assertThat(eval).everySlice().hasMetricAtLeast("recall", 0.5);
 * assertThat(eval).everySlice().includingSmallSlices().hasMetricAtLeast("accuracy", 0.6);
 * assertThat(eval).everySlice().inFamily("key_feature").hasMetricAtLeast("accuracy", 0.6);
 * }</pre>
 *
 * <p>By default only slices of at least the report's minimum size are checked, since a small slice's numbers are
 * mostly noise; the failure message says how many were skipped. A claim that checks no slice fails: it would pass on
 * nothing.
 */
public class SlicesAssert extends AbstractAssert<SlicesAssert, SliceReport> {

    private boolean includingSmall;
    private String family;

    SlicesAssert(SliceReport actual) {
        super(actual, SlicesAssert.class);
    }

    /**
     * Checks slices below the minimum size too.
     *
     * @return this assert
     */
    public SlicesAssert includingSmallSlices() {
        includingSmall = true;
        return myself;
    }

    /**
     * Checks only the slices of one family, e.g. {@code key_feature} (a key column's categories) or
     * {@code confidence_decile}: the defaults slice by predicted confidence and by actual class too, where a model is
     * expected to be weaker in some slices.
     *
     * @param family the family, as each slice of slices.json names it
     * @return this assert
     * @throws AssertionError when no slice of slices.json is in that family, naming the families it has
     */
    public SlicesAssert inFamily(String family) {
        isNotNull();
        Set<String> families = new LinkedHashSet<>();
        actual.slices().forEach(s -> families.add(String.valueOf(s.family())));
        if (!families.contains(family)) {
            throw assertionError(shouldHaveSliceFamily(actual.runId(), family, List.copyOf(families)));
        }
        this.family = family;
        return myself;
    }

    /**
     * Verifies that every checked slice has {@code metric} of at least {@code bound}. A slice where the metric is
     * undefined (recall on a slice with no positive row) does not meet the bound.
     *
     * @param metric the metric, e.g. {@code recall}
     * @param bound the smallest value every slice should have
     * @return this assert
     * @throws AssertionError listing every slice below the bound with its size and value
     */
    public SlicesAssert hasMetricAtLeast(String metric, double bound) {
        isNotNull();
        List<SliceResult> candidates = actual.slices().stream()
                .filter(s -> family == null || family.equals(s.family())).toList();
        List<SliceResult> checked = candidates.stream().filter(s -> includingSmall || !s.belowMinSize()).toList();
        if (checked.isEmpty()) {
            throw assertionError(shouldHaveSlicesToCheck(new SliceReport(actual.schemaVersion(), actual.runId(),
                    actual.minSampleSize(), actual.overall(), candidates), includingSmall));
        }
        requireReported(checked, metric);
        List<String> below = new ArrayList<>();
        for (SliceResult slice : checked) {
            Double value = MetricValue.valueOf(slice.metrics(), metric);
            if (value == null || value < bound) {
                below.add("  " + slice.name() + " (" + Texts.count(slice.sampleSize(), "row", "rows") + "): "
                        + (value == null ? undefined(slice, metric) : value));
            }
        }
        if (!below.isEmpty()) {
            String which = (family == null ? "" : " in family " + family) + (includingSmall ? ", small ones included,"
                    : " of at least " + actual.minSampleSize() + " rows");
            throw assertionError(slicesShouldHaveMetricAtLeast(actual.runId(), which, metric, bound, checked.size(),
                    below, skipped(candidates.size() - checked.size())));
        }
        return myself;
    }

    /** A misspelt metric would put every slice below the bound; name the ones the slices report instead. */
    private void requireReported(List<SliceResult> slices, String metric) {
        Set<String> reported = new LinkedHashSet<>();
        slices.forEach(s -> reported.addAll(Texts.names(s.metrics())));
        if (!reported.contains(metric)) {
            throw assertionError(shouldReportMetric("the slices of run " + actual.runId(), metric,
                    List.copyOf(reported)));
        }
    }

    private static String undefined(SliceResult slice, String metric) {
        for (MetricValue m : slice.metrics()) {
            if (m.name().equals(metric)) {
                return "undefined" + (m.note() == null ? "" : " (" + m.note() + ")");
            }
        }
        return slice.sampleSize() == 0 ? "empty slice" : "not reported";
    }

    private String skipped(int count) {
        if (count == 0) {
            return "";
        }
        return "(" + Texts.count(count, "slice", "slices") + " below the minimum size of " + actual.minSampleSize()
                + " rows " + (count == 1 ? "was" : "were") + " not checked: includingSmallSlices() checks "
                + (count == 1 ? "it" : "them") + ")";
    }
}
