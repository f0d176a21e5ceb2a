package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.data.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which feature columns are numeric and which categorical, by the rule models in this project use: a column is
 * numeric when every non-missing cell is a finite number and at least one is present.
 */
final class ColumnKinds {

    private ColumnKinds() {
    }

    /** The numeric columns of {@code table}, in column order. */
    static List<String> numeric(Table table) {
        return table.columnNames().stream().filter(c -> isNumeric(table.column(c))).toList();
    }

    /** The categorical columns of {@code table} (neither numeric nor entirely missing), in column order. */
    static List<String> categorical(Table table) {
        return table.columnNames().stream().filter(c -> {
            String[] cells = table.column(c);
            return !isNumeric(cells) && Arrays.stream(cells).anyMatch(Objects::nonNull);
        }).toList();
    }

    private static boolean isNumeric(String[] cells) {
        return Arrays.stream(cells).anyMatch(Objects::nonNull) && Arrays.stream(cells).allMatch(Cells::isMissingOrNumber);
    }
}
