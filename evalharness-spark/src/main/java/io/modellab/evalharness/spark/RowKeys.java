package io.modellab.evalharness.spark;

import java.nio.charset.StandardCharsets;

/**
 * The 64-bit key of a row's id, which the Poisson bootstrap draws the row's counts from: an integral id is its own
 * key (so ids 0..n-1 draw what the single-machine {@code RankBootstrap} draws for row positions 0..n-1); a string id
 * is hashed (FNV-1a 64 over its UTF-8 bytes, then SplitMix64's finaliser), the same on every machine and JVM.
 */
final class RowKeys {

    private RowKeys() {
    }

    /** The key of an id cell; names the row's id column when the cell cannot be a key. */
    static long of(Object id, String column) {
        if (id instanceof Long || id instanceof Integer || id instanceof Short || id instanceof Byte) {
            return ((Number) id).longValue();
        }
        if (id instanceof String s) {
            return ofString(s);
        }
        if (id == null) {
            throw new IllegalArgumentException("column " + column + ": an id is null, expected a unique row id");
        }
        throw new IllegalArgumentException("column " + column + ": id " + id + " is a " + id.getClass().getSimpleName()
                + ", expected an integral number or a string");
    }

    static long ofString(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
