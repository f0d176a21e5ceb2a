package io.modellab.evalharness.slicing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A categorical column as dense codes: one hash lookup per row, after which counting, ranking and joint counts are
 * array work. Slices of a million rows would otherwise spend most of their time boxing counts in hash maps.
 *
 * @param code each row's code, {@code 0..values().size() - 1}
 * @param values each code's value, in order of first appearance ({@code null}: a missing cell)
 * @param counts each code's number of rows
 */
record CategoryCodes(int[] code, List<String> values, int[] counts) {

    /** Codes the cells in one pass. */
    static CategoryCodes of(String[] cells) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> values = new ArrayList<>();
        int[] code = new int[cells.length];
        int[] counts = new int[16];
        int missing = -1;
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            int id;
            if (cell == null) {
                if (missing < 0) {
                    missing = values.size();
                    values.add(null);
                }
                id = missing;
            } else {
                Integer known = ids.get(cell);
                if (known == null) {
                    id = values.size();
                    ids.put(cell, id);
                    values.add(cell);
                } else {
                    id = known;
                }
            }
            if (id == counts.length) {
                counts = Arrays.copyOf(counts, 2 * counts.length);
            }
            counts[id]++;
            code[i] = id;
        }
        return new CategoryCodes(code, values, Arrays.copyOf(counts, values.size()));
    }

    /** Each value's row count ({@code null}: missing cells). */
    Map<String, Long> countsByValue() {
        Map<String, Long> out = new HashMap<>();
        for (int c = 0; c < counts.length; c++) {
            out.put(values.get(c), (long) counts[c]);
        }
        return out;
    }

    /** The codes of the at most {@code k} most frequent values, by the rule of {@link Slices#topValues}. */
    int[] top(int k) {
        return Slices.topValues(countsByValue(), k).stream().mapToInt(values::indexOf).toArray();
    }
}
