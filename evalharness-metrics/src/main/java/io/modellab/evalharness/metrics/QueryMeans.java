package io.modellab.evalharness.metrics;

import java.io.Serializable;
import java.math.BigInteger;

/**
 * Means over queries of several per-query metric values, as a state that merges in any order to the same bits: each
 * metric's values are summed exactly ({@link ExactSums}) and counted, a NaN value (the metric is undefined for that
 * query) left out, and a mean is the exact one rounded once. With moments, the state also keeps each metric's exact
 * sums of squares and cubes (see {@link ExactSums} for their range) and its smallest and largest value, from which the
 * BCa acceleration of a mean follows ({@link #acceleration}), without the per-query values.
 */
public final class QueryMeans implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ExactSums sums;
    private final long[] defined;
    private long queries;
    /** Metric m's sum of squares at m, of cubes at metrics + m; null without moments. */
    private final ExactSums powers;
    private final double[] min;
    private final double[] max;

    /**
     * An empty state of {@code metrics} metrics.
     *
     * @param moments whether to keep what {@link #acceleration} needs (exact power sums: slower)
     */
    public QueryMeans(int metrics, boolean moments) {
        this.sums = new ExactSums(metrics);
        this.defined = new long[metrics];
        this.powers = moments ? new ExactSums(2 * metrics) : null;
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
            sums.add(m, v, 1);
            defined[m]++;
            min[m] = Math.min(min[m], v);
            max[m] = Math.max(max[m], v);
            if (powers != null) {
                powers.addSquare(m, v, 1);
                powers.addCube(values.length + m, v, 1);
            }
        }
    }

    /** Adds every query of {@code other}. */
    public void merge(QueryMeans other) {
        if (other.defined.length != defined.length || (other.powers == null) != (powers == null)) {
            throw new IllegalArgumentException("cannot merge query means of different shapes");
        }
        queries += other.queries;
        sums.merge(other.sums);
        if (powers != null) {
            powers.merge(other.powers);
        }
        for (int m = 0; m < defined.length; m++) {
            defined[m] += other.defined[m];
            min[m] = Math.min(min[m], other.min[m]);
            max[m] = Math.max(max[m], other.max[m]);
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
     * sum (v - p)^3 / (6 [sum (v - p)^2]^(3/2)) over the defined values. Both central sums are exact; each is rounded
     * once to a double before the quotient.
     *
     * @return NaN with {@link #accelerationUndefined} saying why, as {@code Bca} falls back
     * @throws IllegalStateException when the state keeps no moments
     */
    public double acceleration(int m) {
        if (powers == null) {
            throw new IllegalStateException("these query means keep no moments");
        }
        if (accelerationUndefined(m) != null) {
            return Double.NaN;
        }
        // The three power sums as integers a1, a2, a3 of one unit 2^e (e <= 0, at least as fine as both exponents).
        int e = Math.min(0, Math.min(sums.exponent(), powers.exponent()));
        BigInteger a1 = sums.unscaled(m).shiftLeft(sums.exponent() - e);
        BigInteger a2 = powers.unscaled(m).shiftLeft(powers.exponent() - e);
        BigInteger a3 = powers.unscaled(defined.length + m).shiftLeft(powers.exponent() - e);
        BigInteger c = BigInteger.valueOf(defined[m]);
        // c^2 sum (v - p)^3 = c^2 s3 - 3 c s1 s2 + 2 s1^3, in units of 2^(3e), and c sum (v - p)^2 = c s2 - s1^2, in
        // units of 2^(2e): exact integers.
        BigInteger third = c.multiply(c).multiply(a3).shiftLeft(-2 * e)
                .subtract(BigInteger.valueOf(3).multiply(c).multiply(a1).multiply(a2).shiftLeft(-e))
                .add(BigInteger.TWO.multiply(a1.pow(3)));
        BigInteger second = c.multiply(a2).shiftLeft(-e).subtract(a1.multiply(a1));
        // third / second^(3/2) is free of the unit; both scaled down (second to below 2^600) to stay within a double's
        // range, at a relative error far below a double's.
        int s = Math.max(0, (second.bitLength() - 600 + 1) / 2);
        double n2 = ExactSums.quotient(second, -2 * s, BigInteger.ONE);
        double n3 = ExactSums.quotient(third, -3 * s, BigInteger.ONE);
        return n3 / (6 * Math.sqrt(defined[m]) * n2 * Math.sqrt(n2));
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
}
