package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.schema.StressCorruption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Masks a share of the present cells as missing: severity 0.2 turns exactly round(0.2 x present) of the chosen
 * columns' non-missing cells into missing ones, picked uniformly across those columns. Tests how the model copes
 * with gaps it may never have seen in training (spec 4.4.1: missing value corruption).
 */
public final class MissingValues implements Corruption {

    /** The kind in stress.json. */
    public static final String KIND = "missing_values";

    private final List<String> columns;
    private final String name;

    private MissingValues(List<String> columns, String name) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("missing values need at least one column");
        }
        this.columns = List.copyOf(columns);
        this.name = name;
    }

    /** Across the given columns (all feature columns, say), named {@value #KIND}. */
    public static MissingValues acrossColumns(List<String> columns) {
        return new MissingValues(columns, KIND);
    }

    /** In one column only, named {@code missing_values[column]}. */
    public static MissingValues inColumn(String column) {
        return new MissingValues(List.of(column), KIND + "[" + column + "]");
    }

    @Override
    public StressCorruption describe() {
        return new StressCorruption(name, KIND, columns, columns.size() == 1
                ? "severity is the share of the column's present cells set missing"
                : "severity is the share of the present cells of these columns set missing, picked across columns");
    }

    @Override
    public Corrupted apply(LabelledRows rows, double severity, long seed) {
        Severity.require(severity);
        EditableColumns copy = new EditableColumns(rows.features());
        // Every present cell, column by column, as (column, row).
        List<String[]> cellColumn = new ArrayList<>();
        List<Integer> cellRow = new ArrayList<>();
        for (String column : columns) {
            String[] cells = copy.column(column);
            for (int r = 0; r < cells.length; r++) {
                if (cells[r] != null) {
                    cellColumn.add(cells);
                    cellRow.add(r);
                }
            }
        }
        int touched = Severity.count(severity, cellRow.size());
        int[] order = StressRandom.order(cellRow.size(), new SplittableRandom(seed));
        for (int i = 0; i < touched; i++) {
            cellColumn.get(order[i])[cellRow.get(order[i])] = null;
        }
        return new Corrupted(rows.withFeatures(copy.toTable()), touched);
    }
}
