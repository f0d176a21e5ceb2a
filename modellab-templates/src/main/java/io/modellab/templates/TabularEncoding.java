package io.modellab.templates;

import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.FitRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * How table rows become Tribuo examples: numeric columns as their value, categorical columns one-hot.
 * Column kinds are fixed from the training rows when the encoding is fitted.
 */
public final class TabularEncoding {

    private final List<String> columns;
    private final Set<String> numericColumns;
    private final FitRecord fitRecord;

    private TabularEncoding(List<String> columns, Set<String> numericColumns, FitRecord fitRecord) {
        this.columns = List.copyOf(columns);
        this.numericColumns = Set.copyOf(numericColumns);
        this.fitRecord = fitRecord;
    }

    /**
     * Fits the encoding on training features: a column is numeric when all its non-missing cells parse, else its
     * categories are the ones these rows hold. Fit it on the training rows only; its {@link #fitRecord()} tells the
     * leakage rules which rows it saw.
     */
    public static TabularEncoding fit(Table trainFeatures) {
        Set<String> numeric = new LinkedHashSet<>();
        Map<String, List<String>> categories = new TreeMap<>();
        for (String column : trainFeatures.columnNames()) {
            String[] cells = trainFeatures.column(column);
            if (Arrays.stream(cells).allMatch(Cells::isMissingOrNumber)) {
                numeric.add(column);
            } else {
                categories.put(column, Arrays.stream(cells).filter(Objects::nonNull).distinct().sorted().toList());
            }
        }
        return new TabularEncoding(trainFeatures.columnNames(), numeric, new FitRecord(
                "tabular encoding (column kinds, one-hot categories)", FitRecord.ENCODER, trainFeatures.rowIds(), categories));
    }

    /** The rows this encoding was fitted on and the categories it learned. */
    public FitRecord fitRecord() {
        return fitRecord;
    }

    /** The feature columns, in order. */
    public List<String> columns() {
        return columns;
    }

    /** Whether {@code column} is encoded as a number. */
    public boolean isNumeric(String column) {
        return numericColumns.contains(column);
    }

    /**
     * The example of one row.
     *
     * @throws IllegalArgumentException naming row and column when a numeric column holds text
     */
    public <T extends Output<T>> Example<T> example(Table table, int row, T output) {
        List<String> names = new ArrayList<>(columns.size());
        List<Double> values = new ArrayList<>(columns.size());
        for (String column : columns) {
            String cell = table.cell(row, column);
            if (cell == null) {
                continue;
            }
            if (numericColumns.contains(column)) {
                Double value = Cells.finiteNumber(cell);
                if (value == null) {
                    throw new IllegalArgumentException("row " + table.rowId(row) + " column \"" + column
                            + "\" holds \"" + cell + "\", expected a number as in the training rows");
                }
                names.add(column);
                values.add(value);
            } else {
                names.add(column + "=" + cell);
                values.add(1.0);
            }
        }
        return new ArrayExample<>(output, names.toArray(String[]::new),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
