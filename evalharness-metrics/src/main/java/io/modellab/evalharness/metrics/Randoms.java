package io.modellab.evalharness.metrics;

import java.util.SplittableRandom;

/**
 * Counter-based randomness: every random number the bootstrap uses is a function of (seed, replicate, row), so
 * results do not depend on how replicates are spread over threads or in which order rows are visited.
 */
final class Randoms {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** Cumulative Poisson(1) probabilities P(X <= k), k = 0..20. */
    private static final double[] POISSON_1_CDF = poissonOneCdf();

    private Randoms() {
    }

    /** The random stream of replicate {@code replicate} of a bootstrap seeded with {@code seed}. */
    static SplittableRandom replicateStream(long seed, int replicate) {
        return new SplittableRandom(mix(seed + GOLDEN * (replicate + 1L)));
    }

    /** A uniform number in [0, 1) determined by (seed, replicate, row). */
    static double uniform(long seed, int replicate, int row) {
        long h = mix(mix(seed + GOLDEN * (replicate + 1L)) + GOLDEN * (row + 1L));
        return (h >>> 11) * 0x1.0p-53;
    }

    /** A Poisson(1) count determined by (seed, replicate, row): how often the row is drawn in that replicate. */
    static int poissonOne(long seed, int replicate, int row) {
        double u = uniform(seed, replicate, row);
        int k = 0;
        while (k < POISSON_1_CDF.length - 1 && u >= POISSON_1_CDF[k]) {
            k++;
        }
        return k;
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double[] poissonOneCdf() {
        double[] cdf = new double[21];
        double p = Math.exp(-1);
        double sum = 0;
        for (int k = 0; k < cdf.length; k++) {
            sum += p;
            cdf[k] = sum;
            p /= k + 1;
        }
        cdf[cdf.length - 1] = 1.0;
        return cdf;
    }
}
