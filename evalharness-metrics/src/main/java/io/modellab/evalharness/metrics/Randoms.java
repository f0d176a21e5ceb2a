package io.modellab.evalharness.metrics;

import java.util.SplittableRandom;

/**
 * Counter-based randomness: every random number the bootstrap uses is a function of (seed, replicate, row), so
 * results do not depend on how replicates are spread over threads or in which order rows are visited. The seed is
 * mixed before the replicate is added, so that no two (seed, replicate) pairs share a stream.
 */
final class Randoms {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    /** The Poisson(1) count for each 16-bit uniform u: the number of k with round(2^16 P(X <= k)) <= u. */
    private static final byte[] POISSON_1_BY_UNIFORM = poissonOneTable();

    private Randoms() {
    }

    /** The random stream of replicate {@code replicate} of a bootstrap seeded with {@code seed}. */
    static SplittableRandom replicateStream(long seed, int replicate) {
        return new SplittableRandom(mix(mix(seed) + GOLDEN * (replicate + 1L)));
    }

    /** The largest Poisson(1) count {@link #poissonOne} gives (its table's 2^-16 resolution ends there). */
    static final int MAX_POISSON_ONE = 8;

    /** Replicates that share one 64-bit hash per row, 16 bits each. */
    static final int REPLICATES_PER_HASH = 4;

    /** The key of the group of {@value #REPLICATES_PER_HASH} replicates that {@code replicate} belongs to. */
    static long groupKey(long seed, int replicate) {
        return mix(mix(seed) + GOLDEN * ((replicate >>> 2) + 1L));
    }

    /**
     * The 64 random bits of one row in one group of replicates; replicate b uses bits 16 (b mod 4) and up. A row is
     * its position here, or any 64-bit row key elsewhere (the Spark path's id column): the same number gives the
     * same bits.
     */
    static long rowBits(long groupKey, long row) {
        return mix(groupKey + GOLDEN * (row + 1L));
    }

    /** A Poisson(1) count determined by (seed, replicate, row): how often the row is drawn in that replicate. */
    static int poissonOne(long seed, int replicate, int row) {
        return poissonOne(rowBits(groupKey(seed, replicate), row), replicate);
    }

    /**
     * The Poisson(1) count of {@code replicate} from its group's row bits: the inverse of the Poisson(1)
     * distribution function at a 16-bit uniform, looked up in a 64 KiB table, so each probability is exact to within
     * 2^-16 (the count's mean and variance are 1 to within 2e-5). A table load, since this runs once per row per
     * replicate.
     */
    static int poissonOne(long rowBits, int replicate) {
        return POISSON_1_BY_UNIFORM[(int) (rowBits >>> ((replicate & 3) << 4)) & 0xFFFF];
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static byte[] poissonOneTable() {
        int[] thresholds = new int[MAX_POISSON_ONE];
        double p = Math.exp(-1);
        double sum = 0;
        for (int k = 0; k < thresholds.length; k++) {
            sum += p;
            thresholds[k] = (int) Math.min(Math.round(sum * 65536), 65535);
            p /= k + 1;
        }
        byte[] table = new byte[65536];
        for (int u = 0; u < table.length; u++) {
            int k = 0;
            while (k < thresholds.length && u >= thresholds[k]) {
                k++;
            }
            table[u] = (byte) k;
        }
        return table;
    }
}
