package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.MetricDelta;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes every slice's metrics and their deltas from the overall metrics, and orders the slices worst first.
 *
 * @param metricsOf the task's metrics on a set of row positions
 * @param minSampleSize slices with fewer rows are flagged {@code below_min_size}
 * @param rankBy the metric that orders slices, lowest value first (slices where it is undefined go last)
 */
public record SliceRunner(Function<int[], List<MetricValue>> metricsOf, int minSampleSize, String rankBy) {

    /** Checks the arguments. */
    public SliceRunner {
        if (minSampleSize < 1) {
            throw new IllegalArgumentException("minimum slice size must be at least 1, got " + minSampleSize);
        }
    }

    /**
     * Runs the slices over {@code table}, whose row positions are those {@code metricsOf} expects.
     *
     * @param overall the metrics on all rows
     */
    public List<SliceResult> run(List<SliceDefinition> slices, Table table, List<MetricValue> overall) {
        Map<String, Double> reference = new HashMap<>();
        overall.forEach(m -> reference.put(m.name(), m.value()));
        List<SliceResult> results = new ArrayList<>();
        for (SliceDefinition slice : slices) {
            int[] rows = Slices.rows(slice, table);
            List<MetricValue> metrics = rows.length == 0 ? List.of() : metricsOf.apply(rows);
            List<MetricDelta> deltas = new ArrayList<>();
            for (MetricValue m : metrics) {
                Double base = reference.get(m.name());
                deltas.add(new MetricDelta(m.name(), m.value() == null || base == null ? null : m.value() - base));
            }
            results.add(new SliceResult(Slices.name(slice), slice, rows.length, rows.length < minSampleSize,
                    metrics, deltas));
        }
        results.sort(Comparator.comparing((SliceResult r) -> valueOf(r, rankBy),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SliceResult::name));
        return results;
    }

    /** The worst slice of at least the minimum size, or {@code null} when there is none. */
    public SliceResult worst(List<SliceResult> ranked) {
        return ranked.stream().filter(r -> !r.belowMinSize() && valueOf(r, rankBy) != null).findFirst().orElse(null);
    }

    private static Double valueOf(SliceResult slice, String name) {
        return MetricValue.valueOf(slice.metrics(), name);
    }
}
