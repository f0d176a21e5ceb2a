package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import io.modellab.evalharness.metrics.BootstrapInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A task's metrics, and the bootstrap interval of its headline metric, for every slice of a family at once.
 *
 * <p>A family arrives as each row's slice ({@code bucketOfRow[i]} in {@code 0..buckets - 1}, or -1 for none), so an
 * implementation may evaluate all of a family's slices in one pass: {@link #binary} does, which is what keeps the
 * default slices of a million rows within a few times the cost of the overall metrics. {@link #ofRows} is the
 * general path: it gathers each slice's rows and calls a function of them.
 */
@FunctionalInterface
public interface SliceMetrics {

    /**
     * One slice's evaluation.
     *
     * @param size its number of rows
     * @param metrics its metrics, empty when it has no rows
     * @param interval the headline metric's interval, {@code null} when none or undefined
     */
    record Outcome(int size, List<MetricValue> metrics, BootstrapInterval interval) {

        /** Copies the list. */
        public Outcome {
            metrics = List.copyOf(metrics);
        }
    }

    /**
     * Evaluates every slice of a family.
     *
     * @param bucketOfRow each row's slice, or -1
     * @param buckets the number of slices
     * @param headline the metric that gets an interval
     * @return one outcome per slice, in slice order
     */
    List<Outcome> evaluate(int[] bucketOfRow, int buckets, String headline);

    /**
     * The general path: each slice's rows (ascending positions), the metrics of them, and the interval where the
     * headline metric is defined.
     *
     * @param metricsOf the metrics of a set of rows
     * @param interval the headline interval of a non-empty set of rows, {@code null} for none
     */
    static SliceMetrics ofRows(Function<int[], List<MetricValue>> metricsOf, SliceInterval interval) {
        return (bucketOfRow, buckets, headline) -> {
            List<Outcome> out = new ArrayList<>();
            for (int[] rows : SliceFamily.group(bucketOfRow, buckets)) {
                List<MetricValue> metrics = rows.length == 0 ? List.of() : metricsOf.apply(rows);
                BootstrapInterval ci = interval != null && rows.length > 0
                        && MetricValue.valueOf(metrics, headline) != null ? interval.of(rows) : null;
                out.add(new Outcome(rows.length, metrics, ci));
            }
            return out;
        };
    }

    /**
     * A binary classifier's metrics ({@link BinaryPredictions#metrics}) with an accuracy interval by the
     * confusion-count bootstrap ({@link SliceInterval#accuracy}), for all slices of a family in one pass over the
     * rows in descending score order: per slice, the confusion counts and ROC-AUC's tie groups are counted as the rows
     * go by, so no slice is gathered or sorted. The outcomes equal those of {@code ofRows(p::metrics,
     * SliceInterval.accuracy(p, options))} to the bit.
     *
     * @param options the accuracy interval's bootstrap, {@code null} for no interval
     */
    static SliceMetrics binary(BinaryPredictions p, Bootstrap.Options options) {
        return new BinarySliceMetrics(p, options);
    }
}
