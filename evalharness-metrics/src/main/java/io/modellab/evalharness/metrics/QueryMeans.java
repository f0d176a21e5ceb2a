package io.modellab.evalharness.metrics;

import java.io.Serializable;
import java.math.BigInteger;

/**
 * Means over queries of several per-query metric values, as a state that merges in any order to the same bits: each
 * metric's values are added in fixed point ({@link FixedPointSums}) and counted, a NaN value (the metric is undefined
 * for that query) left out. With moments, the state also keeps each metric's exact sums of squares and cubes (of the
 * fixed-point values, as integers) and its smallest and largest value, from which the BCa acceleration of a mean
 * follows exactly ({@link #acceleration}), without the per-query values.
 */
public final class QueryMeans implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FixedPointSums sums;
    private final long[] defined;
    private long queries;
    private final BigInteger[] squares;
    private final BigInteger[] cubes;
    private final double[] min;
    private final double[] max;

    /**
     * An empty state of {@code metrics} metrics.
     *
     * @param moments whether to keep what {@link #acceleration} needs (exact integer power sums: slower)
     */
    public QueryMeans(int metrics, boolean moments) {
        this.sums = new FixedPointSums(metrics);
        this.defined = new long[metrics];
        this.squares = moments ? filled(metrics) : null;
        this.cubes = moments ? filled(metrics) : null;
        this.min = new double[metrics];
        this.max = new double[metrics];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    /** Adds one query's values, one per metric in this state's order; NaN where the metric is undefined. */
    public void add(double[] values) {
        if (values.length != defined.length) {
            throw new IllegalArgumentException(values.length + " values for " + defined.length + " metrics");
        }
        queries++;
        for (int m = 0; m < values.length; m++) {
            double v = values[m];
            if (Double.isNaN(v)) {
                continue;
            }
            long[] f = FixedPointSums.fixed(v);
            sums.addFixed(m, f[0], f[1], 1);
            defined[m]++;
            min[m] = Math.min(min[m], v);
            max[m] = Math.max(max[m], v);
            if (squares != null) {
                BigInteger x = FixedPointSums.toBigInteger(f[0], f[1]);
                BigInteger x2 = x.multiply(x);
                squares[m] = squares[m].add(x2);
                cubes[m] = cubes[m].add(x2.multiply(x));
            }
        }
    }

    /** Adds every query of {@code other}. */
    public void merge(QueryMeans other) {
        if (other.defined.length != defined.length || (other.squares == null) != (squares == null)) {
            throw new IllegalArgumentException("cannot merge query means of different shapes");
        }
        queries += other.queries;
        sums.merge(other.sums);
        for (int m = 0; m < defined.length; m++) {
            defined[m] += other.defined[m];
            min[m] = Math.min(min[m], other.min[m]);
            max[m] = Math.max(max[m], other.max[m]);
            if (squares != null) {
                squares[m] = squares[m].add(other.squares[m]);
                cubes[m] = cubes[m].add(other.cubes[m]);
            }
        }
    }

    /** The number of queries added. */
    public long queries() {
        return queries;
    }

    /** The number of metrics. */
    public int metrics() {
        return defined.length;
    }

    /** The queries for which metric {@code m} is defined. */
    public long defined(int m) {
        return defined[m];
    }

    /** Metric {@code m}'s mean over the queries where it is defined, rounded once; NaN when it is defined for none. */
    public double mean(int m) {
        return sums.mean(m, defined[m]);
    }

    /**
     * The BCa acceleration of metric {@code m}'s mean: the value {@code Bca} computes from the jackknife of the mean
     * over queries (each query left out in turn), here from exact power sums. With c defined values v and mean p, the
     * jackknife value of a defined query is (c p - v) / (c - 1), of an undefined one p, so the acceleration is
     * sum (v - p)^3 / (6 [sum (v - p)^2]^(3/2)) over the defined values.
     *
     * @return NaN with {@link #accelerationUndefined} saying why, as {@code Bca} falls back
     * @throws IllegalStateException when the state keeps no moments
     */
    public double acceleration(int m) {
        if (squares == null) {
            throw new IllegalStateException("these query means keep no moments");
        }
        if (accelerationUndefined(m) != null) {
            return Double.NaN;
        }
        BigInteger c = BigInteger.valueOf(defined[m]);
        BigInteger s1 = sums.scaled(m);
        // In units of 2^-90: c^2 sum (v - p)^3 and c sum (v - p)^2, exactly.
        BigInteger third = c.multiply(c).multiply(cubes[m]).subtract(BigInteger.valueOf(3).multiply(c).multiply(s1)
                .multiply(squares[m])).add(BigInteger.TWO.multiply(s1.pow(3)));
        BigInteger second = c.multiply(squares[m]).subtract(s1.multiply(s1));
        double n2 = second.doubleValue();
        return third.doubleValue() / (6 * Math.sqrt(defined[m]) * n2 * Math.sqrt(n2));
    }

    /**
     * Why metric {@code m}'s jackknife gives no acceleration, as {@code Bca}'s fallback says it, or {@code null}: one
     * query in all, a query whose removal leaves the metric undefined, or jackknife values all within 1e-12 (relative)
     * of their mean.
     */
    public String accelerationUndefined(int m) {
        if (queries < 2) {
            return "one row has no jackknife";
        }
        if (defined[m] < 2) {
            return defined[m] == 1 ? "the metric is undefined with a row left out" : "the metric is undefined";
        }
        double p = mean(m);
        double largest = Math.max(max[m] - p, p - min[m]) / (defined[m] - 1);
        if (largest <= 1e-12 * Math.max(1, Math.abs(p))) {
            return "the jackknife values are all equal";
        }
        return null;
    }

    private static BigInteger[] filled(int n) {
        BigInteger[] a = new BigInteger[n];
        java.util.Arrays.fill(a, BigInteger.ZERO);
        return a;
    }
}
