package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.schema.MetricValue;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One model's predictions on labelled rows, scored the way its {@link StressTask} scores them: what a degradation
 * table compares, clean against corrupted, row for row. Row positions are those of the rows that were scored.
 */
public interface ScoredRows {

    /** Number of rows. */
    int size();

    /** Every metric of the task on {@code rows} (positions, repeats allowed), as metrics.json writes them. */
    List<MetricValue> metrics(int[] rows);

    /** One metric on {@code rows}, NaN where it is undefined. */
    double metric(String name, int[] rows);

    /** {@code name} prepared for the thousands of resamples of a paired bootstrap; gives {@link #metric}'s values. */
    ToDoubleFunction<int[]> resampled(String name);

    /** Whether every prediction and every label equals {@code other}'s, row for row (so every difference is 0). */
    boolean sameAs(ScoredRows other);

    /** Positions 0 to size - 1. */
    default int[] allRows() {
        int[] rows = new int[size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
