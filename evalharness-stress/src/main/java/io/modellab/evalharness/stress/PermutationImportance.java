package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.MetricDirection;
import io.modellab.evalharness.core.schema.ColumnPermutationImportance;
import io.modellab.evalharness.core.schema.DegradedMetric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Permutation importance: each feature column shuffled across all rows ({@link ShuffleColumn} at severity 1, seeded
 * by that shuffle's name, so it is the sweep's own shuffle at full strength) and the drop of the ranking metric. A
 * column the model ignores drops by exactly 0.
 */
final class PermutationImportance {

    private PermutationImportance() {
    }

    /**
     * A column's importance from its full shuffle's difference: how much worse the metric got, so minus the difference
     * where higher is better and the difference itself where lower is better (an error such as RMSE).
     */
    static ColumnPermutationImportance of(String column, DegradedMetric m) {
        MetricDirection direction = MetricDirection.of(m.name());
        return direction == MetricDirection.HIGHER_IS_BETTER
                ? new ColumnPermutationImportance(column, drop(m.delta()), drop(m.ciUpper()), drop(m.ciLower()))
                : new ColumnPermutationImportance(column, rise(m.delta()), rise(m.ciLower()), rise(m.ciUpper()));
    }

    /** Minus the difference; 0 - x rather than -x, so that no difference gives 0 and not -0. */
    private static Double drop(Double delta) {
        return delta == null ? null : 0.0 - delta;
    }

    /** The difference; x + 0 turns a -0 into 0. */
    private static Double rise(Double delta) {
        return delta == null ? null : delta + 0.0;
    }

    /** Each cell's point importance (the cell's corruption is its column), without intervals, in cell order. */
    static List<ColumnPermutationImportance> points(List<Cell> cells, String metric) {
        List<ColumnPermutationImportance> out = new ArrayList<>();
        for (Cell cell : cells) {
            int[] all = cell.clean().allRows();
            double clean = cell.clean().metric(metric, all);
            double corrupted = cell.corrupted().metric(metric, all);
            // Written out rather than through worseningBy, whose negation would turn no change into -0.
            double drop = MetricDirection.of(metric) == MetricDirection.HIGHER_IS_BETTER ? clean - corrupted
                    : corrupted - clean;
            out.add(new ColumnPermutationImportance(cell.corruption(), Double.isNaN(drop) ? null : drop, null, null));
        }
        return out;
    }

    /** Largest importance first; undefined ones last; ties keep their order. */
    static List<ColumnPermutationImportance> ranked(List<ColumnPermutationImportance> importances) {
        List<ColumnPermutationImportance> out = new ArrayList<>(importances);
        out.sort(Comparator.comparing(ColumnPermutationImportance::importance, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }
}
