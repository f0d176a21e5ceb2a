package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.schema.MetricDelta;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.ScoreHistogram;
import io.modellab.evalharness.slicing.Slices;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Slices from per-value histograms, as the single-machine path makes them from rows: the most frequent values of
 * each slice column ({@code Slices.topCategories}: most rows first, ties in value order, a missing cell first),
 * each slice's metrics and deltas from the overall ones, ordered worst first by accuracy
 * ({@code SliceRunner}'s ranking). The only place that knows how slices are defined, so that a new slicing API
 * changes this class alone.
 */
final class SparkSlices {

    /** Slices are ranked by this metric, lowest first, as the single-machine report ranks them. */
    static final String RANK_BY = BinaryPredictions.ACCURACY;

    private SparkSlices() {
    }

    static List<SliceResult> results(List<String> sliceColumns, List<? extends Map<String, ScoreHistogram>> byValue,
                                     List<MetricValue> overall, SparkEvalOptions options, String positiveLabel) {
        Map<String, Double> reference = new HashMap<>();
        overall.forEach(m -> reference.put(m.name(), m.value()));
        List<SliceResult> results = new ArrayList<>();
        for (int c = 0; c < sliceColumns.size(); c++) {
            String column = sliceColumns.get(c);
            List<Map.Entry<String, ScoreHistogram>> entries = new ArrayList<>(byValue.get(c).entrySet());
            entries.sort(Comparator.<Map.Entry<String, ScoreHistogram>>comparingLong(e -> -e.getValue().rows())
                    .thenComparing(Map.Entry::getKey, Comparator.nullsFirst(Comparator.naturalOrder())));
            for (Map.Entry<String, ScoreHistogram> e : entries.subList(0, Math.min(options.topCategories(), entries.size()))) {
                SliceDefinition definition = new SliceDefinition(SliceDefinition.COLUMN_IN, column,
                        Collections.singletonList(e.getKey()));
                int size = SparkEvaluator.toInt(e.getValue().rows(), "rows of slice " + Slices.name(definition));
                List<MetricValue> metrics = e.getValue().metrics(positiveLabel, options.threshold());
                List<MetricDelta> deltas = new ArrayList<>();
                for (MetricValue m : metrics) {
                    Double base = reference.get(m.name());
                    deltas.add(new MetricDelta(m.name(), m.value() == null || base == null ? null : m.value() - base));
                }
                results.add(new SliceResult(Slices.name(definition), definition, size, size < options.minSliceSize(),
                        metrics, deltas));
            }
        }
        results.sort(Comparator.comparing((SliceResult r) -> MetricValue.valueOf(r.metrics(), RANK_BY),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SliceResult::name));
        return results;
    }
}
