package io.modellab.tracker.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.IntConsumer;

/**
 * Which part each row is in, and the digest of the split: SHA-256 over the keys of train, validation and test, each
 * part's keys in text order, exactly as {@link io.modellab.evalharness.core.rules.DataSplit#digest()} computes it
 * for row keys {@code "1"} to {@code "n"} (1-based row numbers). The keys are visited in text order without being
 * built and sorted, so the digest of millions of rows needs no memory beyond one byte per row.
 *
 * @param part per row (by position), {@link #TRAIN}, {@link #VALIDATION} or {@link #TEST}
 */
record SplitParts(byte[] part) {

    static final byte TRAIN = 0;
    static final byte VALIDATION = 1;
    static final byte TEST = 2;

    /** Rows in {@code which} part. */
    long count(byte which) {
        long n = 0;
        for (byte p : part) {
            n += p == which ? 1 : 0;
        }
        return n;
    }

    /** The positions of the rows in {@code which} part, ascending. */
    int[] positions(byte which) {
        int[] rows = new int[Math.toIntExact(count(which))];
        int k = 0;
        for (int i = 0; i < part.length; i++) {
            if (part[i] == which) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    /** The split's digest, lowercase hex. */
    String digest() {
        MessageDigest sha = Sha256.newDigest();
        byte[] digits = new byte[12];
        for (byte which : new byte[] {TRAIN, VALIDATION, TEST}) {
            inTextOrder(part.length, key -> {
                if (part[key - 1] == which) {
                    int length = write(key, digits);
                    sha.update(digits, 0, length);
                }
            });
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Visits 1 to {@code n} in the order their decimal strings sort: 1, 10, 100, 11, ..., 2, 20, ... */
    static void inTextOrder(int n, IntConsumer action) {
        long key = 1;
        for (int i = 0; i < n; i++) {
            action.accept((int) key);
            if (key * 10 <= n) {
                key *= 10;
            } else {
                while (key % 10 == 9 || key + 1 > n) {
                    key /= 10;
                }
                key++;
            }
        }
    }

    /** Writes {@code key} in decimal and a newline into {@code out}; returns the length. */
    private static int write(int key, byte[] out) {
        byte[] text = Integer.toString(key).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, out, 0, text.length);
        out[text.length] = '\n';
        return text.length + 1;
    }
}
