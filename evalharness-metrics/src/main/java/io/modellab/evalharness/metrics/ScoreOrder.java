package io.modellab.evalharness.metrics;

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
     * eight passes of 8-bit digits (256 counters stay in the L1 cache and the scatter writes to 256 places at a
     * time), all eight counted in one read of the keys, between two buffers instead of copying back after each.
     */
    static void sort(long[] keys, int[] values) {
        int n = keys.length;
        int[][] counts = new int[Long.BYTES][256];
        for (long key : keys) {
            for (int d = 0; d < Long.BYTES; d++) {
                counts[d][(int) (key >>> (8 * d)) & 0xFF]++;
            }
        }
        long[] from = keys;
        long[] to = new long[n];
        int[] fromValues = values;
        int[] toValues = values == null ? null : new int[n];
        for (int d = 0; d < Long.BYTES; d++) {
            int shift = 8 * d;
            int[] count = counts[d];
            if (n == 0 || count[(int) (from[0] >>> shift) & 0xFF] == n) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < 256; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long key = from[i];
                int at = count[(int) (key >>> shift) & 0xFF]++;
                to[at] = key;
                if (fromValues != null) {
                    toValues[at] = fromValues[i];
                }
            }
            long[] swap = from;
            from = to;
            to = swap;
            int[] swapValues = fromValues;
            fromValues = toValues;
            toValues = swapValues;
        }
        if (from != keys) {
            System.arraycopy(from, 0, keys, 0, n);
            if (values != null) {
                System.arraycopy(fromValues, 0, values, 0, n);
            }
        }
    }
}
