package io.modellab.tracker.data;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.DataSplit;
import io.modellab.evalharness.core.schema.DatasetSplit;
import io.modellab.evalharness.core.schema.SplitStrategy;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset version's split, applied to its loaded rows: which positions of the table are in train, validation and
 * test. Computed with the same code as at ingest and checked against the stored digest, so a run that uses these
 * rows provably uses the version's split.
 *
 * @param spec the split's strategy and parameters
 * @param train positions of the training rows, ascending
 * @param validation positions of the validation rows, ascending (empty unless the split is predefined)
 * @param test positions of the test rows, ascending
 */
public record SplitRows(SplitSpec spec, int[] train, int[] validation, int[] test) {

    /**
     * Splits {@code table} as {@code split} says.
     *
     * @param table the version's rows, as {@link DatasetStore#read} gives them
     * @throws IllegalStateException when the rows do not give the stored digest (they are not the version's rows)
     */
    public static SplitRows of(DatasetSplit split, Table table) {
        SplitSpec spec = SplitSpec.of(split);
        SplitCollector collector = SplitCollector.of(spec);
        String[] values = spec.column() == null ? null : table.column(spec.column());
        for (int r = 0; r < table.rowCount(); r++) {
            try {
                collector.add(values == null ? null : values[r]);
            } catch (CellProblem problem) {
                throw new IllegalArgumentException("row " + table.rowId(r) + ", column "
                        + CsvFormatException.quote(spec.column()) + ": " + problem.getMessage());
            }
        }
        SplitParts parts = collector.finish();
        SplitRows rows = new SplitRows(spec, parts.positions(SplitParts.TRAIN), parts.positions(SplitParts.VALIDATION),
                parts.positions(SplitParts.TEST));
        String digest = rows.keys(table).digest();
        if (!digest.equals(split.digest())) {
            throw new IllegalStateException("these " + table.rowCount() + " rows split \"" + split.description()
                    + "\" give digest " + digest + ", not the version's " + split.digest()
                    + ": they are not the rows of the dataset version the split belongs to");
        }
        return rows;
    }

    /**
     * The split as the leakage rules take it: row ids of each part, with the time column of a time-ordered split and
     * the group column of a group split.
     */
    public DataSplit keys(Table table) {
        return new DataSplit(ids(table, train), ids(table, validation), ids(table, test),
                spec.strategy() == SplitStrategy.TIME_ORDERED ? spec.column() : null,
                spec.strategy() == SplitStrategy.GROUP ? spec.column() : null);
    }

    private static List<String> ids(Table table, int[] rows) {
        List<String> ids = new ArrayList<>(rows.length);
        for (int r : rows) {
            ids.add(table.rowId(r));
        }
        return ids;
    }
}
