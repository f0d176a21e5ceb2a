package io.modellab.maven;

import io.modellab.evalharness.core.data.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The key slice column when the POM names none: the first column (in file order) that is not numeric and has 2 to
 * {@value #MAX_CATEGORIES} distinct values, else the first column of any kind with 2 to {@value #MAX_CATEGORIES}
 * distinct values. Deterministic: the same file always gives the same column.
 */
final class KeyColumn {

    static final int MAX_CATEGORIES = 20;

    private KeyColumn() {
    }

    static String choose(Table features) {
        for (boolean categoricalOnly : new boolean[] {true, false}) {
            for (String column : features.columnNames()) {
                String[] values = features.column(column);
                Set<String> distinct = new HashSet<>();
                boolean numeric = true;
                for (String v : values) {
                    if (v != null) {
                        distinct.add(v);
                        numeric &= isNumber(v);
                    }
                }
                if (distinct.size() >= 2 && distinct.size() <= MAX_CATEGORIES && (!categoricalOnly || !numeric)) {
                    return column;
                }
            }
        }
        throw new IllegalArgumentException("no column has 2 to " + MAX_CATEGORIES + " distinct values to slice by;"
                + " set keySliceColumn to one of " + List.copyOf(features.columnNames()));
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
