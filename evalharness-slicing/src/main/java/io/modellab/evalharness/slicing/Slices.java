package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.SliceDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Builds slice definitions and picks their rows. */
public final class Slices {

    private Slices() {
    }

    /**
     * One slice per most frequent value of {@code column} (a missing cell counts as its own value), at most
     * {@code k}, most frequent first, ties in value order.
     */
    public static List<SliceDefinition> topCategories(Table table, String column, int k) {
        Map<String, Integer> counts = new HashMap<>();
        for (String cell : table.column(column)) {
            counts.merge(cell, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey(Comparator.nullsFirst(Comparator.naturalOrder()))));
        List<SliceDefinition> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : entries.subList(0, Math.min(k, entries.size()))) {
            out.add(new SliceDefinition(SliceDefinition.COLUMN_IN, column, Collections.singletonList(e.getKey())));
        }
        return out;
    }

    /** The positions of the rows of {@code table} in the slice, ascending. */
    public static int[] rows(SliceDefinition slice, Table table) {
        if (!SliceDefinition.COLUMN_IN.equals(slice.kind())) {
            throw new IllegalArgumentException("unknown slice kind \"" + slice.kind() + "\"; known: "
                    + SliceDefinition.COLUMN_IN);
        }
        Set<String> accepted = new HashSet<>(slice.values());
        String[] cells = table.column(slice.column());
        int[] picked = new int[cells.length];
        int n = 0;
        for (int i = 0; i < cells.length; i++) {
            if (accepted.contains(cells[i])) {
                picked[n++] = i;
            }
        }
        return Arrays.copyOf(picked, n);
    }

    /** A readable name: {@code column = value}, {@code column in [a, b]}, or {@code column is missing}. */
    public static String name(SliceDefinition slice) {
        List<String> values = slice.values();
        if (values.size() == 1) {
            return values.get(0) == null ? slice.column() + " is missing" : slice.column() + " = " + values.get(0);
        }
        return slice.column() + " in " + values.stream().map(v -> Objects.toString(v, "<missing>")).toList();
    }
}
