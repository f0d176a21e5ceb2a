package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.SliceDefinition;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The rows of a segment given as a slice definition: {@value SliceDefinition#COLUMN_IN} (categories) or
 * {@value SliceDefinition#NUMERIC_RANGE} (a cell, as a number, in [lower, upper); either end may be open).
 */
final class Segments {

    private Segments() {
    }

    /** Positions of the rows of {@code table} in {@code segment}, ascending; a missing cell matches {@code null}. */
    static int[] rows(SliceDefinition segment, Table table) {
        boolean range = SliceDefinition.NUMERIC_RANGE.equals(segment.kind());
        if (!range && !SliceDefinition.COLUMN_IN.equals(segment.kind())) {
            throw new IllegalArgumentException("unknown segment kind \"" + segment.kind() + "\"; known: "
                    + SliceDefinition.COLUMN_IN + ", " + SliceDefinition.NUMERIC_RANGE);
        }
        Set<String> accepted = range ? Set.of() : new HashSet<>(segment.values());
        String[] cells = table.column(segment.column());
        int[] picked = new int[cells.length];
        int n = 0;
        for (int i = 0; i < cells.length; i++) {
            if (range ? inRange(segment, Cells.finiteNumber(cells[i])) : accepted.contains(cells[i])) {
                picked[n++] = i;
            }
        }
        return Arrays.copyOf(picked, n);
    }

    /** A present number in [lower, upper), an open end accepting every value on its side. */
    private static boolean inRange(SliceDefinition segment, Double value) {
        return value != null && (segment.lower() == null || value >= segment.lower())
                && (segment.upper() == null || value < segment.upper());
    }

    /** The positions 0..size-1 that are not in {@code excluded}, ascending. */
    static int[] without(int size, int[] excluded) {
        boolean[] out = new boolean[size];
        for (int i : excluded) {
            out[i] = true;
        }
        int[] kept = new int[size - (int) Arrays.stream(excluded).distinct().count()];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (!out[i]) {
                kept[n++] = i;
            }
        }
        return kept;
    }

    /**
     * {@code column = value}, {@code column is missing}, {@code column in [a, b]}; for a range {@code column >= a},
     * {@code column < b} or {@code column in [a, b)}.
     */
    static String name(SliceDefinition segment) {
        if (SliceDefinition.NUMERIC_RANGE.equals(segment.kind())) {
            String column = segment.column();
            return segment.lower() == null ? column + " < " + plain(segment.upper())
                    : segment.upper() == null ? column + " >= " + plain(segment.lower())
                    : column + " in [" + plain(segment.lower()) + ", " + plain(segment.upper()) + ")";
        }
        if (segment.values().size() == 1) {
            String value = segment.values().get(0);
            return value == null ? segment.column() + " is missing" : segment.column() + " = " + value;
        }
        return segment.column() + " in " + segment.values().stream().map(v -> Objects.toString(v, "<missing>")).toList();
    }

    private static String plain(Double value) {
        return value == null ? "?" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
