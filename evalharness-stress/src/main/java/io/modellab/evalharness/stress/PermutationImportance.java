package io.modellab.evalharness.stress;

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

    /** A column's importance from its full shuffle's difference: the drop is minus the difference. */
    static ColumnPermutationImportance of(String column, DegradedMetric m) {
        return new ColumnPermutationImportance(column, drop(m.delta()), drop(m.ciUpper()), drop(m.ciLower()));
    }

    /** Minus the difference; 0 - x rather than -x, so that no difference gives 0 and not -0. */
    private static Double drop(Double delta) {
        return delta == null ? null : 0.0 - delta;
    }

    /** Each cell's point importance (the cell's corruption is its column), without intervals, in cell order. */
    static List<ColumnPermutationImportance> points(List<Cell> cells, String metric) {
        List<ColumnPermutationImportance> out = new ArrayList<>();
        for (Cell cell : cells) {
            int[] all = cell.clean().allRows();
            double drop = cell.clean().metric(metric, all) - cell.corrupted().metric(metric, all);
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
