package io.modellab.evalharness.metrics;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * The bias-corrected and accelerated (BCa) interval (Efron 1987; DiCiccio and Efron 1996) read off bootstrap
 * replicates, given the metric's jackknife (leave-one-out) values.
 *
 * <p>The bias correction is {@code z0 = Phi^-1(share of replicates below the point estimate)}, ties counted half;
 * the acceleration is {@code a = sum (m - t_i)^3 / (6 [sum (m - t_i)^2]^(3/2))} over the jackknife values
 * {@code t_i} with mean {@code m}. The interval is the replicates' percentiles at
 * {@code Phi(z0 + (z0 + z) / (1 - a (z0 + z)))} for {@code z} the normal quantiles of the two tails, read off with
 * linear interpolation as {@link Bootstrap#summarize} does. This is scipy.stats.bootstrap's BCa given the same
 * replicates and jackknife values.
 *
 * <p>Where BCa is undefined the percentile interval of the same replicates is returned and its method says why
 * (see {@link #interval}); the result is never a NaN that looks like an interval.
 */
final class Bca {

    private static final NormalDistribution NORMAL = new NormalDistribution();

    private Bca() {
    }

    /**
     * Jackknife values with multiplicities: {@code values[j]} is the metric with one row left out, for
     * {@code weights[j]} rows that all give that value (a confusion cell's rows, for example).
     */
    record Jackknife(double[] values, double[] weights) {

        /** Checks the lengths and the weights. */
        Jackknife {
            if (values.length != weights.length) {
                throw new IllegalArgumentException(values.length + " jackknife values but " + weights.length
                        + " weights");
            }
            for (double w : weights) {
                if (!(w > 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("jackknife weight " + w + ", expected a finite number > 0");
                }
            }
        }

        /** One value per left-out row. */
        static Jackknife of(double[] values) {
            double[] ones = new double[values.length];
            Arrays.fill(ones, 1);
            return new Jackknife(values, ones);
        }
    }

    /**
     * The BCa interval, or the percentile interval with the reason in its method when BCa is undefined: no
     * replicate or point estimate defined, the point estimate below or above every replicate (z0 infinite), a
     * jackknife value undefined, all jackknife values equal (a is 0 / 0), or an acceleration so large that the
     * adjusted level stops growing with the nominal one ({@code 1 - a (z0 + z) <= 0}).
     *
     * @param point the metric on all rows
     * @param replicates the replicates' values, NaN where the metric was undefined (skipped, as in the percentile
     *     interval)
     * @param percentileMethod the method of the percentile interval of the same replicates, which the fallback's
     *     method extends
     */
    static BootstrapInterval interval(double point, double[] replicates, Jackknife jackknife,
                                      Bootstrap.Options options, String bcaMethod, String percentileMethod) {
        double a = acceleration(jackknife);
        return interval(point, replicates, a, Double.isNaN(a) ? hasNaN(jackknife.values())
                ? "the metric is undefined with a row left out" : "the jackknife values are all equal" : null, options,
                bcaMethod, percentileMethod);
    }

    /**
     * The BCa interval given the jackknife's acceleration {@code a} (computed elsewhere, e.g. exactly from power
     * sums), or the percentile interval with the reason in its method when BCa is undefined.
     *
     * @param undefined why there is no acceleration when {@code a} is NaN
     */
    static BootstrapInterval interval(double point, double[] replicates, double a, String undefined,
                                      Bootstrap.Options options, String bcaMethod, String percentileMethod) {
        BootstrapInterval percentile = Bootstrap.summarize(point, replicates, options, percentileMethod);
        if (percentile.resamplesUsed() == 0) {
            return fallback(percentile, "no resample defines the metric");
        }
        if (Double.isNaN(point)) {
            return fallback(percentile, "the point estimate is undefined");
        }
        double[] defined = new double[percentile.resamplesUsed()];
        int used = 0;
        for (double v : replicates) {
            if (!Double.isNaN(v)) {
                defined[used++] = v;
            }
        }
        double z0 = biasCorrection(point, defined);
        if (Double.isInfinite(z0)) {
            return fallback(percentile, "the point estimate lies " + (z0 > 0 ? "above" : "below")
                    + " every replicate");
        }
        if (Double.isNaN(a)) {
            return fallback(percentile, undefined);
        }
        double z = NORMAL.inverseCumulativeProbability((1 - options.confidenceLevel()) / 2);
        double lowerLevel = adjustedLevel(z0, a, z);
        double upperLevel = adjustedLevel(z0, a, -z);
        if (Double.isNaN(lowerLevel) || Double.isNaN(upperLevel)) {
            return fallback(percentile, String.format(Locale.ROOT, "the acceleration %.4g is too large for the level",
                    a));
        }
        Percentile quantile = new Percentile().withEstimationType(EstimationType.R_7);
        quantile.setData(defined);
        return new BootstrapInterval(point, percentile.mean(), at(quantile, lowerLevel), at(quantile, upperLevel),
                percentile.resamples(), percentile.resamplesUsed(), percentile.seed(), percentile.confidenceLevel(),
                bcaMethod, new BootstrapInterval.Adjustment(z0, a, lowerLevel, upperLevel));
    }

    /** {@code Phi^-1} of the share of replicates below {@code point}, ties counted half; infinite at share 0 or 1. */
    static double biasCorrection(double point, double[] defined) {
        long twiceBelow = 0;
        for (double v : defined) {
            twiceBelow += v < point ? 2 : v == point ? 1 : 0;
        }
        if (twiceBelow == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (twiceBelow == 2L * defined.length) {
            return Double.POSITIVE_INFINITY;
        }
        return NORMAL.inverseCumulativeProbability(twiceBelow / (2.0 * defined.length));
    }

    /**
     * The acceleration of the weighted jackknife values; NaN when a value is NaN or all are equal. Values within
     * 1e-12 (relative) of their mean count as equal: an acceleration computed from rounding noise would be an
     * arbitrary number, not a small one, and real deviations are of order 1 / n, far above that.
     */
    static double acceleration(Jackknife jackknife) {
        double[] t = jackknife.values();
        double[] w = jackknife.weights();
        if (t.length == 0 || hasNaN(t)) {
            return Double.NaN;
        }
        double total = 0;
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            total += w[i];
            sum += w[i] * t[i];
        }
        double mean = sum / total;
        double squares = 0;
        double cubes = 0;
        double largest = 0;
        for (int i = 0; i < t.length; i++) {
            double d = mean - t[i];
            squares += w[i] * d * d;
            cubes += w[i] * d * d * d;
            largest = Math.max(largest, Math.abs(d));
        }
        if (largest <= 1e-12 * Math.max(1, Math.abs(mean))) {
            return Double.NaN;
        }
        return cubes / (6 * Math.pow(squares, 1.5));
    }

    /** {@code Phi(z0 + (z0 + z) / (1 - a (z0 + z)))}, or NaN when the denominator is not positive. */
    static double adjustedLevel(double z0, double a, double z) {
        double shifted = z0 + z;
        double denominator = 1 - a * shifted;
        if (!(denominator > 0)) {
            return Double.NaN;
        }
        return NORMAL.cumulativeProbability(z0 + shifted / denominator);
    }

    /** The percentile at {@code level} in [0, 1]; Percentile refuses 0, which is the smallest replicate anyway. */
    private static double at(Percentile quantile, double level) {
        return quantile.evaluate(Math.max(level * 100, Double.MIN_NORMAL));
    }

    /** The percentile interval, its method extended by why BCa was not used. */
    static BootstrapInterval fallback(BootstrapInterval percentile, String reason) {
        return new BootstrapInterval(percentile.pointEstimate(), percentile.mean(), percentile.lower(),
                percentile.upper(), percentile.resamples(), percentile.resamplesUsed(), percentile.seed(),
                percentile.confidenceLevel(), withNote(percentile.method(), "BCa fallback: " + reason), null);
    }

    /** {@code "m (x)"} for {@code "m"}, {@code "m (x; note)"} for {@code "m (x)"}. */
    static String withNote(String method, String note) {
        return method.endsWith(")") ? method.substring(0, method.length() - 1) + "; " + note + ")"
                : method + " (" + note + ")";
    }

    private static boolean hasNaN(double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }
}
