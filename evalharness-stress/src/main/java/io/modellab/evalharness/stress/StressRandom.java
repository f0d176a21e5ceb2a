package io.modellab.evalharness.stress;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The randomness of corruptions: every stream is a function of the sweep's seed and a name (a corruption's), never
 * of thread or call order, and every draw goes through {@link SplittableRandom}'s specified algorithm and
 * {@link StrictMath}, so the same seed gives the same cells on any machine.
 */
final class StressRandom {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private StressRandom() {
    }

    /** The seed of the stream named {@code name} under {@code seed}; the seed is mixed before the name is added. */
    static long seed(long seed, String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(mix(seed) + GOLDEN * mix(hash));
    }

    /** The positions 0..n-1 in a random order (Fisher-Yates); a prefix of it is a uniform sample without repeats. */
    static int[] order(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** A standard normal draw (Box-Muller on two uniforms, with StrictMath so that it is the same everywhere). */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix with good avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
