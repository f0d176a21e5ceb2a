package io.modellab.evalharness.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact order statistics of billions of doubles without sorting them or bringing them to the driver: a distributed
 * radix selection. A double maps to a 64-bit key whose unsigned order is the doubles' order ({@link #key}); pass
 * {@code L} (0 to 3) counts, among the values whose top {@code 16 L} key bits equal the prefix found so far, how many
 * have each next 16-bit digit (a mergeable histogram, {@link Histogram}), and the driver walks it to the digit that
 * holds the wanted rank ({@link Selection#feed}). Each bin also keeps its smallest and largest key, so a selection
 * stops as soon as its bin holds one distinct value: at most four passes, often one or two. The result is the value
 * at that rank of the sorted values, exactly as a sort would give it ({@code -0.0} counts as {@code 0.0}).
 */
final class RadixSelect {

    /** Digit width in bits: four passes cover the 64 key bits. */
    static final int DIGIT = 16;
    static final int LEVELS = 64 / DIGIT;

    private RadixSelect() {
    }

    /** A key whose unsigned order is the order of the doubles ({@code -0.0} as {@code 0.0}; no NaN). */
    static long key(double v) {
        long bits = Double.doubleToLongBits(v == 0 ? 0.0 : v);
        return bits < 0 ? ~bits : bits | Long.MIN_VALUE;
    }

    static double value(long key) {
        return Double.longBitsToDouble(key < 0 ? key & Long.MAX_VALUE : ~key);
    }

    /** Whether {@code key} is under {@code prefix} at {@code level} (every key is at level 0). */
    static boolean under(long key, int level, long prefix) {
        return level == 0 || key >>> (64 - DIGIT * level) == prefix;
    }

    /** The digit of {@code key} that pass {@code level} counts. */
    static int digit(long key, int level) {
        return (int) ((key >>> (64 - DIGIT * (level + 1))) & ((1 << DIGIT) - 1));
    }

    /** One pass's counts under one prefix: per digit, the values, their smallest and their largest key. */
    static final class Histogram implements Serializable {

        private static final long serialVersionUID = 1L;

        final int level;
        final long prefix;
        final HashMap<Integer, long[]> bins = new HashMap<>();

        Histogram(int level, long prefix) {
            this.level = level;
            this.prefix = prefix;
        }

        void add(double v) {
            long key = key(v);
            if (!under(key, level, prefix)) {
                return;
            }
            long[] bin = bins.computeIfAbsent(digit(key, level), d -> new long[] {0, key, key});
            bin[0]++;
            if (Long.compareUnsigned(key, bin[1]) < 0) {
                bin[1] = key;
            }
            if (Long.compareUnsigned(key, bin[2]) > 0) {
                bin[2] = key;
            }
        }

        void merge(Histogram other) {
            other.bins.forEach((d, o) -> {
                long[] bin = bins.get(d);
                if (bin == null) {
                    bins.put(d, o.clone());
                } else {
                    bin[0] += o[0];
                    bin[1] = Long.compareUnsigned(o[1], bin[1]) < 0 ? o[1] : bin[1];
                    bin[2] = Long.compareUnsigned(o[2], bin[2]) > 0 ? o[2] : bin[2];
                }
            });
        }

        /** The values counted. */
        long total() {
            long n = 0;
            for (long[] bin : bins.values()) {
                n += bin[0];
            }
            return n;
        }
    }

    /** The search for the value at one rank (0-based, ascending) among one source's values. */
    static final class Selection {

        private int level;
        private long prefix;
        private long rank;
        private Double value;

        Selection(long rank) {
            this.rank = rank;
        }

        int level() {
            return level;
        }

        long prefix() {
            return prefix;
        }

        boolean done() {
            return value != null;
        }

        double value() {
            if (value == null) {
                throw new IllegalStateException("selection not finished");
            }
            return value;
        }

        /** Narrows the search with this pass's histogram under its prefix. */
        void feed(Histogram h) {
            if (done() || h.level != level || h.prefix != prefix) {
                return;
            }
            long before = 0;
            for (Map.Entry<Integer, long[]> e : new TreeMap<>(h.bins).entrySet()) {
                long[] bin = e.getValue();
                if (rank < before + bin[0]) {
                    if (bin[1] == bin[2]) {
                        value = RadixSelect.value(bin[1]);
                    } else {
                        prefix = (prefix << DIGIT) | e.getKey();
                        rank -= before;
                        level++;
                    }
                    return;
                }
                before += bin[0];
            }
            throw new IllegalStateException("rank " + rank + " beyond the " + before + " values counted");
        }
    }
}
