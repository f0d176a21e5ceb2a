package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.schema.StressCorruption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Swaps a share of categorical cells to another category seen in the same column: severity 0.2 changes exactly
 * round(0.2 x eligible) cells, picked uniformly across the columns, each to a category drawn uniformly from the
 * column's others (categories seen on the rows given). Cells are eligible when present in a column with at least
 * two categories. Simulates data-entry and mapping errors the model cannot tell from real values.
 */
public final class CategorySwap implements Corruption {

    /** The kind in stress.json. */
    public static final String KIND = "category_swap";

    private final List<String> columns;
    private final String name;

    private CategorySwap(List<String> columns, String name) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a category swap needs at least one categorical column");
        }
        this.columns = List.copyOf(columns);
        this.name = name;
    }

    /** On the given categorical columns (all of a table's, say), named {@value #KIND}. */
    public static CategorySwap onColumns(List<String> categoricalColumns) {
        return new CategorySwap(categoricalColumns, KIND);
    }

    /** On one column, named {@code category_swap[column]}. */
    public static CategorySwap onColumn(String column) {
        return new CategorySwap(List.of(column), KIND + "[" + column + "]");
    }

    @Override
    public StressCorruption describe() {
        return new StressCorruption(name, KIND, columns,
                "severity is the share of present cells changed to another category seen in the same column");
    }

    @Override
    public Corrupted apply(LabelledRows rows, double severity, long seed) {
        Severity.require(severity);
        EditableColumns copy = new EditableColumns(rows.features());
        List<String[]> cellColumn = new ArrayList<>();
        List<List<String>> cellCategories = new ArrayList<>();
        List<Integer> cellRow = new ArrayList<>();
        for (String column : columns) {
            String[] cells = copy.column(column);
            List<String> categories = List.copyOf(new TreeSet<>(Arrays.stream(cells).filter(Objects::nonNull).toList()));
            if (categories.size() < 2) {
                continue;
            }
            for (int r = 0; r < cells.length; r++) {
                if (cells[r] != null) {
                    cellColumn.add(cells);
                    cellCategories.add(categories);
                    cellRow.add(r);
                }
            }
        }
        int touched = Severity.count(severity, cellRow.size());
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = StressRandom.order(cellRow.size(), random);
        for (int i = 0; i < touched; i++) {
            String[] cells = cellColumn.get(order[i]);
            List<String> categories = cellCategories.get(order[i]);
            int row = cellRow.get(order[i]);
            int at = categories.indexOf(cells[row]);
            int other = random.nextInt(categories.size() - 1);
            cells[row] = categories.get(other >= at ? other + 1 : other);
        }
        return new Corrupted(rows.withFeatures(copy.toTable()), touched);
    }
}
