package io.modellab.evalharness.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable table of text cells in named columns, as read from a file. A missing cell is {@code null}.
 *
 * <p>Column order is the file's order; row order is the file's order unless {@link #rows(int[])} picked a
 * subset. Every row has a stable id (by default its 0-based position in the source file) so that
 * predictions can be paired across runs.
 */
public final class Table {

    private final List<String> columnNames;
    private final Map<String, Integer> columnIndex;
    private final String[][] columns;
    private final String[] rowIds;
    /** Built on first use by {@link #rowPosition}; a benign race builds it twice at worst. */
    private volatile Map<String, Integer> rowIndex;

    private Table(List<String> columnNames, String[][] columns, String[] rowIds) {
        this.columnNames = List.copyOf(columnNames);
        this.columns = columns;
        this.rowIds = rowIds;
        this.columnIndex = new LinkedHashMap<>();
        for (int i = 0; i < columnNames.size(); i++) {
            if (columnIndex.put(columnNames.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate column name \"" + columnNames.get(i) + "\"");
            }
        }
    }

    /**
     * Builds a table from rows of cells.
     *
     * @param columnNames the header
     * @param rows one array per row, each as long as the header
     * @param rowIds one id per row, unique
     */
    public static Table ofRows(List<String> columnNames, List<String[]> rows, List<String> rowIds) {
        Objects.requireNonNull(columnNames, "columnNames");
        if (rows.size() != rowIds.size()) {
            throw new IllegalArgumentException(rows.size() + " rows but " + rowIds.size() + " row ids");
        }
        String[][] columns = new String[columnNames.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (row.length != columnNames.size()) {
                throw new IllegalArgumentException("row " + rowIds.get(r) + " has " + row.length
                        + " cells, expected " + columnNames.size());
            }
            for (int c = 0; c < row.length; c++) {
                columns[c][r] = row[c];
            }
        }
        String[] ids = rowIds.toArray(String[]::new);
        if (Arrays.stream(ids).distinct().count() != ids.length) {
            throw new IllegalArgumentException("row ids are not unique");
        }
        return new Table(columnNames, columns, ids);
    }

    /** The column names in order. */
    public List<String> columnNames() {
        return columnNames;
    }

    /** Number of rows. */
    public int rowCount() {
        return rowIds.length;
    }

    /** Whether the table has a column of that name. */
    public boolean hasColumn(String name) {
        return columnIndex.containsKey(name);
    }

    /** The id of row {@code row}. */
    public String rowId(int row) {
        return rowIds[row];
    }

    /**
     * The position of the row with id {@code rowId}.
     *
     * @throws IllegalArgumentException when no row has that id
     */
    public int rowPosition(String rowId) {
        Map<String, Integer> index = rowIndex;
        if (index == null) {
            index = new HashMap<>();
            for (int r = 0; r < rowIds.length; r++) {
                index.put(rowIds[r], r);
            }
            rowIndex = index;
        }
        Integer r = index.get(rowId);
        if (r == null) {
            throw new IllegalArgumentException("no row has id \"" + rowId + "\"");
        }
        return r;
    }

    /** Every row's id, in row order. */
    public List<String> rowIds() {
        return List.of(rowIds);
    }

    /** The cell at {@code row} in column {@code column}, {@code null} when missing. */
    public String cell(int row, String column) {
        return columns[indexOf(column)][row];
    }

    /** A copy of one column's cells. */
    public String[] column(String name) {
        return columns[indexOf(name)].clone();
    }

    /** A new table with the given rows, in the given order, keeping their ids. */
    public Table rows(int[] rowPositions) {
        String[][] picked = new String[columns.length][rowPositions.length];
        String[] ids = new String[rowPositions.length];
        for (int i = 0; i < rowPositions.length; i++) {
            ids[i] = rowIds[rowPositions[i]];
            for (int c = 0; c < columns.length; c++) {
                picked[c][i] = columns[c][rowPositions[i]];
            }
        }
        return new Table(columnNames, picked, ids);
    }

    /** A new table without the named columns (for example the target). */
    public Table withoutColumns(String... names) {
        List<String> keep = new ArrayList<>(columnNames);
        for (String name : names) {
            indexOf(name);
            keep.remove(name);
        }
        String[][] kept = new String[keep.size()][];
        for (int i = 0; i < keep.size(); i++) {
            kept[i] = columns[indexOf(keep.get(i))];
        }
        return new Table(keep, kept, rowIds);
    }

    private int indexOf(String column) {
        Integer index = columnIndex.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no column \"" + column + "\"; columns are " + columnNames);
        }
        return index;
    }
}
