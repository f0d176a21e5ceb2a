package io.modellab.tracker.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Quantiles and histogram counts of a stream of numbers in bounded memory, exact for short streams.
 *
 * <p>A stack of compactors of {@code capacity} values each (Manku-Rajagopalan-Lindsay style). Level {@code h}
 * holds values that stand for {@code 2^h} input values each. A full level is sorted and every other value (from
 * the first or the second, alternating, so the errors cancel rather than pile up) moves up a level. Memory is
 * {@code capacity} values per level and there are about {@code log2(n / capacity)} levels. While no level has
 * been compacted (up to {@code capacity} values) everything is exact; after that a quantile's rank is off by at
 * most {@code n * log2(n / capacity) / capacity}. No randomness: the same values in the same order give the same
 * answers.
 */
final class QuantileSketch {

    private final int capacity;
    private final List<double[]> levels = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private final List<Boolean> keepSecond = new ArrayList<>();
    private long count;

    /** A sketch holding at most {@code capacity} (even, at least 2) values per level. */
    QuantileSketch(int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("sketch capacity must be even and at least 2, got " + capacity);
        }
        this.capacity = capacity;
    }

    void add(double value) {
        count++;
        insert(0, value);
    }

    /** Values added. */
    long count() {
        return count;
    }

    /** Whether every answer is exact: no level has been compacted yet. */
    boolean exact() {
        return levels.size() <= 1;
    }

    /**
     * The values at probabilities {@code qs}: linear interpolation between the order statistics around
     * {@code q * (n - 1)}, as numpy's default; approximate once compacted.
     */
    double[] quantiles(double... qs) {
        if (count == 0) {
            throw new IllegalStateException("no values");
        }
        Weighted all = weighted();
        double[] out = new double[qs.length];
        for (int i = 0; i < qs.length; i++) {
            double rank = qs[i] * (count - 1);
            long below = (long) Math.floor(rank);
            double lower = all.valueAtRank(below);
            double upper = all.valueAtRank(Math.min(count - 1, below + 1));
            out[i] = rank == below ? lower : lower + (upper - lower) * (rank - below);
        }
        return out;
    }

    /**
     * Counts per bin: bin {@code i} holds values in {@code [edges[i], edges[i + 1])}, the last bin also its upper
     * edge; values outside the edges go to the nearest end bin.
     */
    long[] histogram(double[] edges) {
        int bins = edges.length - 1;
        long[] counts = new long[bins];
        for (int level = 0; level < levels.size(); level++) {
            double[] values = levels.get(level);
            long weight = 1L << level;
            for (int i = 0; i < sizes.get(level); i++) {
                int bin = Arrays.binarySearch(edges, values[i]);
                bin = bin >= 0 ? bin : -bin - 2;
                counts[Math.max(0, Math.min(bins - 1, bin))] += weight;
            }
        }
        return counts;
    }

    private void insert(int level, double value) {
        if (level == levels.size()) {
            levels.add(new double[Math.min(capacity, 64)]);
            sizes.add(0);
            keepSecond.add(false);
        }
        int size = sizes.get(level);
        if (size == capacity) {
            compact(level);
            size = 0;
        }
        double[] values = levels.get(level);
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.min(capacity, values.length * 2));
            levels.set(level, values);
        }
        values[size] = value;
        sizes.set(level, size + 1);
    }

    private void compact(int level) {
        double[] values = levels.get(level);
        Arrays.sort(values, 0, capacity);
        boolean second = keepSecond.get(level);
        keepSecond.set(level, !second);
        sizes.set(level, 0);
        for (int i = second ? 1 : 0; i < capacity; i += 2) {
            insert(level + 1, values[i]);
        }
    }

    /** Every held value with its weight, sorted by value. */
    private Weighted weighted() {
        int total = 0;
        for (int size : sizes) {
            total += size;
        }
        double[] values = new double[total];
        long[] weights = new long[total];
        int k = 0;
        for (int level = 0; level < levels.size(); level++) {
            double[] held = levels.get(level);
            for (int i = 0; i < sizes.get(level); i++) {
                values[k] = held[i];
                weights[k++] = 1L << level;
            }
        }
        Integer[] order = new Integer[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] sortedValues = new double[total];
        long[] cumulative = new long[total];
        long sum = 0;
        for (int i = 0; i < total; i++) {
            sortedValues[i] = values[order[i]];
            sum += weights[order[i]];
            cumulative[i] = sum;
        }
        return new Weighted(sortedValues, cumulative);
    }

    /** Sorted values and, for each, the number of input values it and those before it stand for. */
    private record Weighted(double[] values, long[] cumulative) {
        /** The value standing at 0-based rank {@code rank}. */
        double valueAtRank(long rank) {
            int i = Arrays.binarySearch(cumulative, rank + 1);
            return values[i >= 0 ? i : -i - 1];
        }
    }
}
