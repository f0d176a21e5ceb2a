package io.modellab.evalharness.metrics;

import java.util.Arrays;

/**
 * Row positions sorted by score, highest first, ties in row order: the one sort every rank metric needs.
 *
 * <p>A least-significant-digit radix sort on the scores' bits (mapped so that integer order is numeric order),
 * skipping passes where every row has the same digit: linear time, stable, no boxing, since this runs on
 * millions of rows.
 */
final class ScoreOrder {


    private ScoreOrder() {
    }

    /** Positions 0..n-1 ordered by {@code score} descending; stable. NaN scores are refused. */
    static int[] descending(double[] score) {
        int n = score.length;
        long[] keys = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(score[i])) {
                throw new IllegalArgumentException("score of row " + i + " is NaN");
            }
            // Descending: sort the complement of the ascending key; -0.0 and 0.0 are one value.
            keys[i] = ~ascendingKey(score[i] == 0 ? 0.0 : score[i]);
            order[i] = i;
        }
        sort(keys, order);
        return order;
    }

    /** A long whose signed order is the double's numeric order, flipped to unsigned order. */
    static long ascendingKey(double value) {
        long bits = Double.doubleToRawLongBits(value);
        return (bits ^ ((bits >> 63) & Long.MAX_VALUE)) ^ Long.MIN_VALUE;
    }

    /**
     * Sorts {@code keys} as unsigned longs, ascending and stable, carrying {@code values} (may be null) along:
     * 16-bit digits for large inputs, 8-bit digits below 2^16 keys so that the counting arrays stay small.
     */
    static void sort(long[] keys, int[] values) {
        int n = keys.length;
        int bits = n < (1 << 16) ? 8 : 16;
        int buckets = 1 << bits;
        long[] keyBuffer = new long[n];
        int[] valueBuffer = values == null ? null : new int[n];
        int[] counts = new int[buckets];
        for (int shift = 0; shift < 64; shift += bits) {
            Arrays.fill(counts, 0);
            for (long key : keys) {
                counts[(int) (key >>> shift) & (buckets - 1)]++;
            }
            if (n == 0 || counts[(int) (keys[0] >>> shift) & (buckets - 1)] == n) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < buckets; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int bucket = (int) (keys[i] >>> shift) & (buckets - 1);
                int to = counts[bucket]++;
                keyBuffer[to] = keys[i];
                if (values != null) {
                    valueBuffer[to] = values[i];
                }
            }
            System.arraycopy(keyBuffer, 0, keys, 0, n);
            if (values != null) {
                System.arraycopy(valueBuffer, 0, values, 0, n);
            }
        }
    }
}
