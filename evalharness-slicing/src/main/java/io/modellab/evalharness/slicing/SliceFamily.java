package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.schema.SliceDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Slices that are evaluated together: their rows are found in one pass over the evaluated rows.
 *
 * <p>When every slice reads the same value (same kind and column) and no two overlap (ranges that do not intersect,
 * value sets that share no value), each row's value is computed once and its bucket found by a binary search over
 * the ranges' lower ends or a hash lookup; the rows are then grouped by bucket with a counting sort. That is the
 * case for every default family ({@link DefaultSlices}). Other slices (an {@code and}, overlapping ranges) are
 * picked one by one with {@link Slices#rows(SliceDefinition, SliceData)}.
 *
 * @param name the family's name, written as each slice's {@code family}
 * @param slices its slices, in the order they are reported
 */
public record SliceFamily(String name, List<SliceDefinition> slices) {

    /** Copies the list. */
    public SliceFamily {
        Objects.requireNonNull(name, "name");
        slices = List.copyOf(slices);
    }

    /** Each slice's rows, ascending, in the order of {@link #slices()}. */
    public int[][] rows(SliceData data) {
        int[] bucket = partition(data);
        if (bucket == null) {
            int[][] out = new int[slices.size()][];
            for (int s = 0; s < out.length; s++) {
                out[s] = Slices.rows(slices.get(s), data);
            }
            return out;
        }
        return group(bucket, slices.size());
    }

    /**
     * Each row's slice (position in {@link #slices()}), or -1, found in one pass; {@code null} when the slices are
     * not one partition on one axis (then each slice's rows are picked on their own).
     */
    int[] partition(SliceData data) {
        if (slices.isEmpty() || !disjointOnOneAxis()) {
            return null;
        }
        SliceDefinition first = slices.get(0);
        int n = data.size();
        int[] bucket = new int[n];
        if (Slices.isCategorical(first.kind())) {
            Map<String, Integer> sliceOfValue = new HashMap<>();
            for (int s = 0; s < slices.size(); s++) {
                for (String value : slices.get(s).values()) {
                    if (sliceOfValue.putIfAbsent(value == null ? MISSING : value, s) != null) {
                        return null;
                    }
                }
            }
            CategoryCodes codes = data.codes(first.kind(), first.column());
            int[] sliceOfCode = new int[codes.values().size()];
            for (int c = 0; c < sliceOfCode.length; c++) {
                String value = codes.values().get(c);
                sliceOfCode[c] = sliceOfValue.getOrDefault(value == null ? MISSING : value, -1);
            }
            int[] code = codes.code();
            for (int i = 0; i < n; i++) {
                bucket[i] = sliceOfCode[code[i]];
            }
            return bucket;
        }
        Integer[] order = new Integer[slices.size()];
        for (int s = 0; s < order.length; s++) {
            order[s] = s;
        }
        Arrays.sort(order, Comparator.comparing((Integer s) -> slices.get(s).lower(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        double[] lowers = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            SliceDefinition range = slices.get(order[k]);
            lowers[k] = range.lower() == null ? Double.NEGATIVE_INFINITY : range.lower();
            if (k > 0) {
                Double previousUpper = slices.get(order[k - 1]).upper();
                if (previousUpper == null || range.lower() == null || previousUpper > range.lower()) {
                    return null;
                }
            }
        }
        double[] values = Slices.values(first, data);
        for (int i = 0; i < n; i++) {
            double v = values[i];
            bucket[i] = -1;
            if (Double.isNaN(v)) {
                continue;
            }
            int k = Arrays.binarySearch(lowers, v);
            k = k >= 0 ? lastAtOrBelow(lowers, k) : -k - 2;
            if (k >= 0) {
                SliceDefinition range = slices.get(order[k]);
                if (range.upper() == null || v < range.upper()) {
                    bucket[i] = order[k];
                }
            }
        }
        return bucket;
    }

    /** Equal lower ends cannot happen in a partition, but a search may land anywhere among equal keys. */
    private static int lastAtOrBelow(double[] lowers, int k) {
        while (k + 1 < lowers.length && lowers[k + 1] == lowers[k]) {
            k++;
        }
        return k;
    }

    private boolean disjointOnOneAxis() {
        SliceDefinition first = slices.get(0);
        if (SliceDefinition.AND.equals(first.kind())) {
            return false;
        }
        return slices.stream().allMatch(s -> s.kind().equals(first.kind()) && Objects.equals(s.column(), first.column()));
    }

    /** Counting sort of rows by bucket: rows stay ascending within a bucket. */
    static int[][] group(int[] bucket, int buckets) {
        int[] counts = new int[buckets];
        for (int b : bucket) {
            if (b >= 0) {
                counts[b]++;
            }
        }
        int[][] out = new int[buckets][];
        for (int b = 0; b < buckets; b++) {
            out[b] = new int[counts[b]];
        }
        int[] filled = new int[buckets];
        for (int i = 0; i < bucket.length; i++) {
            int b = bucket[i];
            if (b >= 0) {
                out[b][filled[b]++] = i;
            }
        }
        return out;
    }

    private static final String MISSING = "\u0000missing";

    /** One family per slice, for slices given one by one. */
    static List<SliceFamily> oneEach(List<SliceDefinition> slices) {
        List<SliceFamily> out = new ArrayList<>();
        for (SliceDefinition s : slices) {
            out.add(new SliceFamily(s.kind(), List.of(s)));
        }
        return out;
    }
}
