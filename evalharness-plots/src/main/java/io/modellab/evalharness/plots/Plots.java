package io.modellab.evalharness.plots;

import java.util.ArrayList;
import java.util.List;

/** Checks and conversions the plot classes share. */
final class Plots {

    /** Scatter plots draw at most this many points, picked evenly by position, so a million rows stay readable. */
    static final int MAX_POINTS = 5_000;

    private Plots() {
    }

    static void requireSameLength(String aName, double[] a, String bName, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(aName + " has " + a.length + " values, " + bName + " " + b.length);
        }
    }

    static void requireFinite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " of row " + i + " is " + values[i]
                        + ": expected finite numbers");
            }
        }
    }

    static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    /** The positions of at most {@link #MAX_POINTS} rows, evenly spaced, always the same for the same n. */
    static int[] evenly(int n) {
        int count = Math.min(n, MAX_POINTS);
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = (int) ((long) i * n / count);
        }
        return rows;
    }
}
