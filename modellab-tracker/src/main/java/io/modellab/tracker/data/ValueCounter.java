package io.modellab.tracker.data;

import io.modellab.evalharness.core.schema.ValueCount;
import io.modellab.evalharness.core.schema.ValueCounts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of a column's values in bounded memory (Misra-Gries): exact while the column has at most
 * {@code capacity} distinct values; beyond, a new value and every counter lose one count, counters that reach
 * zero make room, and each count is a lower bound within {@code n / (capacity + 1)} of the truth, so every
 * value more frequent than that is still listed. Values longer than {@value #MAX_LENGTH} characters are counted by
 * their first {@value #MAX_LENGTH} and an ellipsis.
 */
final class ValueCounter {

    /** Longer values are cut, so that the counter's memory stays bounded for free text. */
    static final int MAX_LENGTH = 200;

    private final int capacity;
    private final Map<String, long[]> counts = new HashMap<>();
    private long total;
    private boolean exact = true;

    ValueCounter(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("counter capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
    }

    void add(String value) {
        total++;
        String key = cut(value);
        long[] count = counts.get(key);
        if (count != null) {
            count[0]++;
        } else if (counts.size() < capacity) {
            counts.put(key, new long[] {1});
        } else {
            exact = false;
            counts.values().removeIf(c -> --c[0] == 0);
        }
    }

    /** Whether every count is exact. */
    boolean exact() {
        return exact;
    }

    /** Distinct values: exact when {@link #exact}, else at least {@code capacity + 1}. */
    long distinct() {
        return exact ? counts.size() : capacity + 1L;
    }

    /** Every counted value, most frequent first, ties by value. */
    List<ValueCount> all() {
        List<ValueCount> all = new ArrayList<>(counts.size());
        counts.forEach((value, count) -> all.add(new ValueCount(value, count[0])));
        all.sort(Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::value));
        return all;
    }

    /** The {@code top} most frequent values and what the rest add up to. */
    ValueCounts summary(int top) {
        List<ValueCount> all = all();
        List<ValueCount> shown = all.subList(0, Math.min(top, all.size()));
        long listed = 0;
        for (ValueCount v : shown) {
            listed += v.count();
        }
        return new ValueCounts(List.copyOf(shown), total - listed, distinct(), exact, capacity);
    }

    private static String cut(String value) {
        if (value.length() <= MAX_LENGTH) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return value.substring(0, end) + "\u2026";
    }
}
