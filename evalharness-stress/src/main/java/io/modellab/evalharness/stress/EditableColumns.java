package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.data.Table;
import java.util.ArrayList;
import java.util.List;

/** A private copy of a table's cells that a corruption edits, then turns into a new table with the same row ids. */
final class EditableColumns {

    private final Table source;
    private final String[][] columns;

    EditableColumns(Table source) {
        this.source = source;
        this.columns = new String[source.columnNames().size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = source.column(source.columnNames().get(c));
        }
    }

    /** The copy's cells of {@code column}, which the caller may change. */
    String[] column(String column) {
        int index = source.columnNames().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column \"" + column + "\"; columns are " + source.columnNames());
        }
        return columns[index];
    }

    /** The edited table. */
    Table toTable() {
        List<String[]> rows = new ArrayList<>(source.rowCount());
        for (int r = 0; r < source.rowCount(); r++) {
            String[] row = new String[columns.length];
            for (int c = 0; c < columns.length; c++) {
                row[c] = columns[c][r];
            }
            rows.add(row);
        }
        return Table.ofRows(source.columnNames(), rows, source.rowIds());
    }
}
