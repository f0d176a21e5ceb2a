package io.modellab.evalharness.metrics;

/**
 * Row positions sorted by score, highest first, ties in row order: the one sort every rank metric needs. A
 * hand-written merge sort on primitive arrays (no boxing), since this runs on millions of rows.
 */
final class ScoreOrder {

    private ScoreOrder() {
    }

    /** Positions 0..n-1 ordered by {@code score} descending; stable. NaN scores are refused. */
    static int[] descending(double[] score) {
        int n = score.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(score[i])) {
                throw new IllegalArgumentException("score of row " + i + " is NaN");
            }
            order[i] = i;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (score[order[mid - 1]] >= score[order[mid]]) {
                    continue;
                }
                System.arraycopy(order, lo, buffer, lo, hi - lo);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    if (i < mid && (j >= hi || score[buffer[i]] >= score[buffer[j]])) {
                        order[k] = buffer[i++];
                    } else {
                        order[k] = buffer[j++];
                    }
                }
            }
        }
        return order;
    }
}
